import { storyText } from '$lib/i18n';
import { readListIndex, readPreparedStory, readStoryList } from '$lib/server/prepared.ts';
import type { PageServerLoad } from './$types';

/**
 * The page's description (the story's standfirst, else its counts) and the story as a list, shown
 * without JavaScript (the client never renders it: it sits in `<noscript>`). Made here, so that the
 * page's client carries neither the words nor the code that make them.
 */
export const load: PageServerLoad = () => {
	const { story } = readPreparedStory();
	const { events, articles } = readListIndex();
	return { description: story.standfirst || storyText.storyDescription(events, articles), storyList: readStoryList() };
};
