/** The typed context the root Timeline shares with the layers it draws. */
import { createContext } from 'svelte';
import type { TimeScale } from './scales';

export interface TimelineContext {
	/** Born once per view in Timeline.svelte; layers only read it. */
	readonly scale: TimeScale;
	readonly width: number;
	/** Id of the selected event or article. */
	readonly selectedId: string | null;
	/** Select a mark; `opener` gets focus back when the card closes. */
	select(target: 'event' | 'article', id: string, opener?: HTMLElement | SVGElement | null): void;
}

export const [getTimelineContext, setTimelineContext] = createContext<TimelineContext>();
