/** How each status is drawn, so marks and the legend agree. */
import { t } from '../i18n';
import type { EventStatus } from '../ingest/types';

export interface GlyphStyle {
	/** solid: it happened; hollow: it is planned; dashed: only proposed; half: under way. */
	fill: 'solid' | 'hollow' | 'dashed' | 'half';
	/** cross: cancelled; arrow: postponed. */
	overlay: 'cross' | 'arrow' | null;
}

const STYLES: Record<EventStatus, GlyphStyle> = {
	happened: { fill: 'solid', overlay: null },
	held: { fill: 'solid', overlay: null },
	ongoing: { fill: 'half', overlay: null },
	scheduled: { fill: 'hollow', overlay: null },
	proposed: { fill: 'dashed', overlay: null },
	postponed: { fill: 'hollow', overlay: 'arrow' },
	cancelled: { fill: 'hollow', overlay: 'cross' }
};

/** Drawing style of a status. */
export function glyphFor(status: EventStatus): GlyphStyle {
	return STYLES[status];
}

/**
 * What a label says before its text so that its status reads without the key: "Scheduled: Talks to
 * resume". Nothing for what happened or was held, the plain case of a dated report.
 */
export function statusPrefix(status: EventStatus | null | undefined): string {
	return (status && PREFIXES[status]) || '';
}

/** Made once: layouts ask for them for every mark on every frame of a gesture. */
const PREFIXES: Partial<Record<EventStatus, string>> = Object.fromEntries(Object.entries(t.statusPrefix).map(([status, word]) => [status, `${word}: `]));

/** Legend rows, in reading order; the text comes from the strings module. */
export const LEGEND_STATUSES: { status: EventStatus; text: string }[] = (['held', 'ongoing', 'scheduled', 'proposed', 'postponed', 'cancelled'] as const).map(
	(status) => ({ status, text: t.legendStatus[status] })
);
