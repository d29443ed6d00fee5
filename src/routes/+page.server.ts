import { readStoryList } from '$lib/server/prepared.ts';
import type { PageServerLoad } from './$types';

/** The story as a list, shown without JavaScript (the client never renders it: it sits in `<noscript>`). */
export const load: PageServerLoad = () => ({ storyList: readStoryList() });
