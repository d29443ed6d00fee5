import { error } from '@sveltejs/kit';
import type { TimelineData } from '$lib/ingest/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	// relative, so the same build works at / and under any sub-path; prerendering inlines the response
	const res = await fetch('data.json');
	if (!res.ok) error(500, `Could not load data.json (HTTP ${res.status})`);
	const timeline = (await res.json()) as TimelineData;
	if (timeline?.version !== 1) error(500, `data.json: expected version 1, found ${JSON.stringify(timeline?.version)}`);
	return { timeline };
};
