/**
 * Paints a laid-out view onto a 2D canvas: band grounds, grid, series links, marks, labels and
 * clusters. Plain functions over a small slice of `CanvasRenderingContext2D`, so they run (and are
 * tested) in Node with a recording context. The accessible, focusable marks are DOM buttons laid
 * over the canvas by the components; this only draws.
 */
import { AXIS_HEIGHT, rowCenter, ROW_HEIGHT, type Band } from './bands';
import { glyphFor } from './glyphs';
import { clusterKey, type PlacedLabel } from './labels';
import { DEFAULT_LAYOUT, type LaneLayout, type LayoutOptions, type PlacedMark, type SeriesLink } from './layout';
import type { Lane } from './lanes';
import { LANE_TITLES } from './marks';
import { clusterMatches, type Matches } from './matches';
import { TICK_LABEL_DX, type Tick } from './scales';

/** What painting needs of a canvas context (a subset of CanvasRenderingContext2D). */
export type Paint2D = Pick<
	CanvasRenderingContext2D,
	| 'save'
	| 'restore'
	| 'setTransform'
	| 'clearRect'
	| 'fillRect'
	| 'strokeRect'
	| 'beginPath'
	| 'closePath'
	| 'moveTo'
	| 'lineTo'
	| 'arc'
	| 'rect'
	| 'roundRect'
	| 'fill'
	| 'stroke'
	| 'fillText'
	| 'strokeText'
	| 'setLineDash'
	| 'createLinearGradient'
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'lineJoin'
	| 'globalAlpha'
	| 'font'
	| 'textAlign'
	| 'textBaseline'
>;

/** The theme's colours, read from the CSS custom properties of `theme.css`. */
export interface Palette {
	bg: string;
	ink: string;
	muted: string;
	grid: string;
	gridMajor: string;
	band: string;
	accent: string;
	accentSoft: string;
	onAccent: string;
	article: string;
}

export const PALETTE_VARS: Record<keyof Palette, string> = {
	bg: '--bg',
	ink: '--ink',
	muted: '--muted',
	grid: '--grid',
	gridMajor: '--grid-major',
	band: '--band',
	accent: '--accent',
	accentSoft: '--accent-soft',
	onAccent: '--on-accent',
	article: '--article'
};

/** When the theme's colours change (theme.css), the canvas re-reads them. */
export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

/** One concrete face: generic families cost a font fallback lookup per text run on some systems. */
const FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** The font of labels (and, `bold`, of the axis' major labels): what text is measured in. */
export const labelFont = (bold = false) => `${bold ? '600 ' : ''}12px ${FONT_FAMILY}`;

export interface Scene {
	width: number;
	height: number;
	/** Device pixels per CSS pixel. */
	ratio: number;
	bands: Band[];
	titles: Record<Lane, string>;
	/** Top of the lanes: the axis and its labels fill the strip above. */
	gridTop: number;
	/** The ticks: a grid line down the lanes and a label in the axis (bolder where a larger unit starts); `edge`: a label alone. */
	grid: { x: number; major: boolean; label: string; edge?: boolean }[];
	lanes: Record<Lane, LaneLayout>;
	/** Lines joining rounds of a talks series. */
	links: SeriesLink[];
	selectedId: string | null;
	/** Ids of search results: the others are dimmed; `null` when nothing is searched. */
	highlight: Matches | null;
	/** The labels placed for the view (labels.ts), by row key. */
	labels: PlacedLabel[];
}

/**
 * The scene of a laid-out view: its lanes in their bands under the axis of `ticks`, placed by `px`.
 */
export function viewScene(
	v: Pick<Scene, 'width' | 'height' | 'ratio' | 'bands' | 'lanes' | 'links'> & { ticks: readonly Tick[]; labels?: PlacedLabel[] },
	selectedId: string | null = null,
	highlight: Matches | null = null
): Scene {
	const grid = v.ticks.map((t) => ({ x: t.x, major: t.major, label: t.label, edge: t.edge }));
	return { width: v.width, height: v.height, ratio: v.ratio, bands: v.bands, titles: LANE_TITLES, gridTop: AXIS_HEIGHT, grid, lanes: v.lanes, links: v.links, selectedId, highlight, labels: v.labels ?? [] };
}

/** Opacity of marks that are not search results while a search is on. */
export const DIMMED_ALPHA = 0.3;

/** Paint the whole scene; the canvas is `width × ratio` device pixels wide. */
export function paintScene(c: Paint2D, s: Scene, p: Palette, o: LayoutOptions = DEFAULT_LAYOUT): void {
	c.setTransform(s.ratio, 0, 0, s.ratio, 0, 0);
	// every pixel is painted once, no clear first: in software, each whole-canvas pass costs a frame's share
	c.fillStyle = p.bg;
	c.fillRect(0, 0, s.width, s.gridTop);
	let bottom = s.gridTop;
	for (const b of s.bands) {
		c.fillStyle = bandGround(b, p);
		c.fillRect(0, b.y, s.width, b.height);
		bottom = b.y + b.height;
	}
	// the plot may stand taller than its lanes for a moment (it does not shrink during a gesture)
	if (bottom < s.height) {
		c.fillStyle = p.bg;
		c.fillRect(0, bottom, s.width, s.height - bottom);
	}
	paintGrid(c, s, p);
	paintAxis(c, s, p);
	for (const b of s.bands) {
		paintLane(c, b, s.lanes[b.lane], b.lane === 'talks' ? s.links : [], s, p, o);
		paintTitle(c, b, s.titles[b.lane], p);
	}
	// the plot's frame, painted rather than a CSS border: the browser paints a border again, with the
	// tiles of the page around it, each time the plot grows during a gesture
	c.strokeStyle = p.gridMajor;
	c.lineWidth = 1;
	c.strokeRect(0.5, 0.5, s.width - 1, s.height - 1);
}

/** The background of a band: lanes alternate so they read as rows. */
function bandGround(b: Band, p: Palette): string {
	return b.lane === 'events' ? p.bg : p.band;
}

function paintGrid(c: Paint2D, s: Scene, p: Palette) {
	c.lineWidth = 1;
	for (const major of [false, true]) {
		c.strokeStyle = major ? p.gridMajor : p.grid;
		c.beginPath();
		for (const g of s.grid) {
			if (g.major !== major || g.edge) continue;
			// half-pixel: a one-pixel line lands on one device column instead of smearing over two
			const x = Math.round(g.x) + 0.5;
			c.moveTo(x, s.gridTop);
			c.lineTo(x, s.height);
		}
		c.stroke();
	}
}

/**
 * The axis: a rule along its foot and, per tick, a short mark with its label just right of it. On the
 * canvas rather than in the page: moving a row of labels every frame of a gesture cost the page a
 * style, layout and paint pass per frame.
 */
function paintAxis(c: Paint2D, s: Scene, p: Palette) {
	c.fillStyle = p.gridMajor;
	c.fillRect(0, s.gridTop - 1, s.width, 1);
	c.textAlign = 'left';
	c.textBaseline = 'alphabetic';
	// which labels show was decided with the ticks (scales.ts): none meets another or the edges
	for (const major of [false, true]) {
		c.font = `${major ? '600 ' : ''}12px ${FONT_FAMILY}`;
		for (const g of s.grid) {
			if (g.major !== major) continue;
			const x = Math.round(g.x);
			c.fillStyle = major ? p.gridMajor : p.grid;
			if (!g.edge) c.fillRect(x, s.gridTop - 10, 1, 8);
			if (!g.label) continue;
			c.fillStyle = major ? p.ink : p.muted;
			c.fillText(g.label, x + TICK_LABEL_DX, s.gridTop - 10);
		}
	}
}

function paintTitle(c: Paint2D, b: Band, title: string, p: Palette) {
	c.font = `600 12px ${FONT_FAMILY}`;
	c.textAlign = 'left';
	c.textBaseline = 'alphabetic';
	haloText(c, title.toUpperCase(), 8, b.y + 14, p.muted, p);
}

/** Text with a ring of background colour, so grid lines do not cut through it. */
function haloText(c: Paint2D, text: string, x: number, y: number, color: string, p: Palette) {
	c.lineJoin = 'round';
	c.lineWidth = 4;
	c.strokeStyle = p.bg;
	c.strokeText(text, x, y);
	c.fillStyle = color;
	c.fillText(text, x, y);
}

function paintLane(c: Paint2D, band: Band, layout: LaneLayout, links: SeriesLink[], s: Scene, p: Palette, o: LayoutOptions) {
	if (links.length) {
		c.save();
		c.globalAlpha = 0.6;
		c.strokeStyle = p.ink;
		c.lineWidth = 2;
		c.setLineDash([4, 3]);
		c.beginPath();
		for (const l of links) {
			const seg = clipSegment(l.x1, rowCenter(band, l.row1), l.x2, rowCenter(band, l.row2), -8, s.width + 8);
			if (!seg) continue;
			c.moveTo(seg[0], seg[1]);
			c.lineTo(seg[2], seg[3]);
		}
		c.stroke();
		c.restore();
	}
	c.font = `12px ${FONT_FAMILY}`;
	c.textAlign = 'left';
	c.textBaseline = 'alphabetic';
	const batch: GlyphBatch = new Map();
	for (const m of layout.placed) paintMark(c, band, m, s, p, o, batch);
	for (const b of batch.values()) {
		c.globalAlpha = b.dimmed ? DIMMED_ALPHA : 1;
		paintGlyphs(c, b.kind, b.at, o.radius, p);
	}
	c.globalAlpha = 1;
	const labels = new Map<string, PlacedLabel>();
	const prefix = `${band.lane}:`;
	for (const l of s.labels) if (l.row.startsWith(prefix)) labels.set(l.id, l);
	const named = layout.clusters.map((k) => labels.has(clusterKey(band.lane, k)));
	layout.clusters.forEach((k, i) => {
		const cy = rowCenter(band, k.row);
		// a search dims the clusters that hold none of its results
		c.globalAlpha = s.highlight !== null && !clusterMatches(s.highlight, band.lane, k) ? DIMMED_ALPHA : 1;
		c.fillStyle = p.accentSoft;
		c.beginPath();
		c.roundRect(k.x0, cy - 3, Math.max(0, k.x1 - k.x0), 6, 3);
		c.fill();
		// a pill as wide as its count ("+2134" would overflow a circle); a named cluster's label
		// carries the count, its pill is a plain dot
		const w = named[i] ? 12 : badgeWidth(k.count);
		c.fillStyle = p.accent;
		c.beginPath();
		if (named[i]) c.roundRect(k.cx - 6, cy - 6, 12, 12, 6);
		else c.roundRect(k.cx - w / 2, cy - 10, w, 20, 10);
		c.fill();
	});
	c.globalAlpha = 1;
	if (layout.clusters.length) {
		c.font = `700 11px ${FONT_FAMILY}`;
		c.textAlign = 'center';
		c.fillStyle = p.onAccent;
		layout.clusters.forEach((k, i) => named[i] || c.fillText(`+${k.count}`, k.cx, rowCenter(band, k.row) + 4));
	}
	paintLabels(c, band, labels, s, p);
}

/** The labels of a band's marks and clusters, where labels.ts placed them, on a plain ground. */
function paintLabels(c: Paint2D, band: Band, labels: ReadonlyMap<string, PlacedLabel>, s: Scene, p: Palette): void {
	c.textAlign = 'left';
	c.textBaseline = 'alphabetic';
	const ground = bandGround(band, p);
	for (const l of labels.values()) {
		const cy = rowCenter(band, Number(l.row.slice(band.lane.length + 1)));
		c.globalAlpha = s.highlight !== null && !s.highlight.ids.has(l.id) && !l.id.startsWith('cluster:') ? DIMMED_ALPHA : 1;
		// a plain ground under the text keeps grid lines and bars out of it (cheaper than a stroked halo)
		c.fillStyle = ground;
		c.fillRect(l.x - 2, cy - 8, l.w + 4, 16 + (l.lines.length - 1) * ROW_HEIGHT);
		// one weight for every label: labels.ts measured them in it (the selection shows by its halo)
		c.font = `12px ${FONT_FAMILY}`;
		c.fillStyle = p.ink;
		l.lines.forEach((line, i) => {
			// the status before the text ("Scheduled: ") in the muted ink, as a kicker
			const prefix = i === 0 && l.prefix && line.startsWith(l.prefix) ? l.prefix : '';
			if (prefix) {
				c.fillStyle = p.muted;
				c.fillText(prefix, l.x, cy + 4);
				c.fillStyle = p.ink;
			}
			c.fillText(prefix ? line.slice(prefix.length) : line, l.x + (prefix ? l.prefixW : 0), cy + 4 + i * ROW_HEIGHT);
		});
	}
	c.globalAlpha = 1;
}

/** Glyphs collected while marks are painted, drawn together afterwards (by kind and dimming). */
type GlyphBatch = Map<string, { kind: GlyphKind; dimmed: boolean; at: number[] }>;

/** One mark at its row: glyph or span, the halo when selected, and its label when there is room. */
function paintMark(c: Paint2D, band: Band, m: PlacedMark, s: Scene, p: Palette, o: LayoutOptions = DEFAULT_LAYOUT, batch?: GlyphBatch): void {
	const cy = rowCenter(band, m.row);
	const ground = bandGround(band, p);
	const dimmed = s.highlight !== null && !s.highlight.ids.has(m.mark.id);
	const selected = s.selectedId === m.mark.id;
	c.globalAlpha = dimmed ? DIMMED_ALPHA : 1;
	// a month or a year zoomed into can be a million pixels wide: draw only what can show
	// (stroking, above all dashing, a path that long takes longer than a frame)
	const x0 = Math.max(m.x0, -16);
	const x1 = Math.min(m.x1, s.width + 16);
	if (selected) {
		c.fillStyle = p.accentSoft;
		c.strokeStyle = p.accent;
		c.lineWidth = 2;
		c.beginPath();
		c.roundRect(x0 - 4, cy - 11, Math.max(0, x1 - x0 + 8), 22, 11);
		c.fill();
		c.stroke();
	}
	const status = m.mark.status;
	if (m.mark.shape === 'span') {
		const style = status ? glyphFor(status) : null;
		c.beginPath();
		c.roundRect(x0, cy - 6, Math.max(0, x1 - x0), 12, 3);
		c.fillStyle = p.bg;
		c.fill();
		if (style?.fill === 'solid') {
			c.globalAlpha *= 0.75;
			c.fillStyle = p.ink;
			c.fill();
			c.globalAlpha = dimmed ? DIMMED_ALPHA : 1;
		}
		c.strokeStyle = p.ink;
		c.lineWidth = 2;
		if (style?.fill === 'dashed') c.setLineDash([3, 2]);
		c.stroke();
		c.setLineDash([]);
	} else {
		if (m.mark.shape === 'before') {
			const g = c.createLinearGradient(m.x0, 0, m.cx, 0);
			g.addColorStop(0, withAlpha(p.ink, 0));
			g.addColorStop(1, withAlpha(p.ink, 0.8));
			c.fillStyle = g;
			c.fillRect(m.x0, cy - 4, m.cx - m.x0, 8);
		}
		const kind: GlyphKind = status ?? (m.mark.shape === 'before' ? 'happened' : 'article');
		if (batch) {
			const key = `${kind}${dimmed ? ' dimmed' : ''}`;
			let b = batch.get(key);
			if (!b) batch.set(key, (b = { kind, dimmed, at: [] }));
			b.at.push(m.cx, cy);
		} else paintGlyph(c, kind, m.cx, cy, o.radius, p);
	}
	c.globalAlpha = 1;
}

/** A status glyph (or an article's square) centred on (cx, cy), as `Glyph.svelte` draws it in SVG. */
function paintGlyph(c: Paint2D, status: GlyphKind, cx: number, cy: number, r: number, p: Palette): void {
	paintGlyphs(c, status, [cx, cy], r, p);
}

type GlyphKind = Parameters<typeof glyphFor>[0] | 'article';

/**
 * Glyphs of one kind centred on the points `at` (x, y, x, y, …), as one path: a fill and a stroke
 * for the lot instead of two per mark, which is what keeps a frame of hundreds of marks short.
 */
function paintGlyphs(c: Paint2D, status: GlyphKind, at: readonly number[], r: number, p: Palette): void {
	if (!at.length) return;
	c.lineWidth = 2;
	c.beginPath();
	if (status === 'article') {
		for (let i = 0; i < at.length; i += 2) c.roundRect(at[i]! - r * 0.8, at[i + 1]! - r * 0.8, r * 1.6, r * 1.6, 2);
		c.fillStyle = p.article;
		c.strokeStyle = p.article;
		c.fill();
		c.stroke();
		return;
	}
	const style = glyphFor(status);
	for (let i = 0; i < at.length; i += 2) {
		c.moveTo(at[i]! + r, at[i + 1]!);
		c.arc(at[i]!, at[i + 1]!, r, 0, 2 * Math.PI);
	}
	c.fillStyle = style.fill === 'solid' ? p.ink : p.bg;
	c.fill();
	c.strokeStyle = p.ink;
	if (style.fill === 'dashed') c.setLineDash([3, 2]);
	c.stroke();
	c.setLineDash([]);
	if (style.fill === 'half') {
		// the left half filled: under way
		c.beginPath();
		for (let i = 0; i < at.length; i += 2) {
			c.moveTo(at[i]!, at[i + 1]! + r);
			c.arc(at[i]!, at[i + 1]!, r, Math.PI / 2, (3 * Math.PI) / 2);
			c.closePath();
		}
		c.fillStyle = p.ink;
		c.fill();
	}
	if (style.overlay) {
		c.beginPath();
		for (let i = 0; i < at.length; i += 2) {
			const cx = at[i]!;
			const cy = at[i + 1]!;
			if (style.overlay === 'cross') {
				const d = r * 0.6;
				c.moveTo(cx - d, cy - d);
				c.lineTo(cx + d, cy + d);
				c.moveTo(cx + d, cy - d);
				c.lineTo(cx - d, cy + d);
			} else {
				c.moveTo(cx - r * 0.5, cy);
				c.lineTo(cx + r * 0.5, cy);
				c.moveTo(cx + r * 0.1, cy - r * 0.4);
				c.lineTo(cx + r * 0.5, cy);
				c.lineTo(cx + r * 0.1, cy + r * 0.4);
			}
		}
		c.stroke();
	}
}

/**
 * The part of the segment (x1, y1)–(x2, y2) between `left` and `right`, or `null` when none is.
 * A series can join rounds years apart: dashing a line millions of pixels long costs a frame.
 */
export function clipSegment(x1: number, y1: number, x2: number, y2: number, left: number, right: number): [number, number, number, number] | null {
	if (x1 > x2) [x1, y1, x2, y2] = [x2, y2, x1, y1];
	if (x2 < left || x1 > right) return null;
	if (x1 === x2) return [x1, y1, x2, y2];
	const yAt = (x: number) => y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);
	const a = Math.max(x1, left);
	const b = Math.min(x2, right);
	return [a, yAt(a), b, yAt(b)];
}

/** `#rrggbb` (or `#rgb`) with an alpha, as `rgba()`; other colour syntaxes are returned as they are. */
export function withAlpha(color: string, alpha: number): string {
	let hex = color.trim();
	if (/^#[0-9a-f]{3}$/i.test(hex)) hex = '#' + [...hex.slice(1)].map((d) => d + d).join('');
	if (!/^#[0-9a-f]{6}$/i.test(hex)) return color;
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Where the DOM button of a placed mark goes: the mark's extent, a full row tall (24 px targets). */
export function markHitBox(band: Band, m: PlacedMark, width = Infinity): { x: number; y: number; w: number; h: number } {
	// a span wider than the view gets a box as wide as the view, so its focus ring shows; a mark laid
	// out in the margin just past an edge keeps a sliver inside it: a focusable button with no width
	// would take the focus out of sight
	const x0 = Math.min(Math.max(m.x0 - 2, -4), width - 2);
	const x1 = Math.max(Math.min(m.x1 + 2, width + 4), x0 + 6);
	return { x: x0, y: rowCenter(band, m.row) - ROW_HEIGHT / 2, w: x1 - x0, h: ROW_HEIGHT };
}

/** Width of a cluster's badge, px: a circle for "+9", longer for more digits (bold 11 px digits are about 7 px). */
export function badgeWidth(count: number): number {
	return Math.max(20, 7 * `+${count}`.length + 6);
}

/** The hit box of a cluster: its bar, at least as wide as its badge. */
export function clusterHitBox(band: Band, k: { row: number; x0: number; x1: number; cx: number; count: number }): { x: number; y: number; w: number; h: number } {
	const half = badgeWidth(k.count) / 2 + 2;
	const x0 = Math.min(k.x0, k.cx - half);
	const x1 = Math.max(k.x1, k.cx + half);
	return { x: x0, y: rowCenter(band, k.row) - ROW_HEIGHT / 2, w: x1 - x0, h: ROW_HEIGHT };
}

