import { json } from '@sveltejs/kit';
import { getTimeline } from '$lib/server/seeds.ts';

export const prerender = true;

/** The whole timeline as one JSON file: the same data `npm run extract` prints. */
export async function GET() {
	const { data } = await getTimeline();
	return json(data);
}
