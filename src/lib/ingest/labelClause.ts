/**
 * The gist of the clause around a date expression, for the label of its mark:
 * "Talks will resume on Sunday." gives "Talks will resume"; "... since the invasion began in
 * February 2022" gives "The invasion began". At most `max` characters, cut at a word.
 */
export function labelClause(sentence: string, start: number, end: number, max = 80): string {
	// a clause worth a label is never this long; the window keeps a run-on "sentence" of a
	// megabyte from costing a full scan per date in it
	if (start > WINDOW || sentence.length - end > WINDOW) {
		const from = Math.max(0, start - WINDOW);
		return labelClause(sentence.slice(from, Math.min(sentence.length, end + WINDOW)), start - from, end - from, max);
	}
	const left = clauseStart(sentence, start);
	const right = clauseEnd(sentence, end);
	let before = sentence.slice(left, start);
	const after = sentence.slice(end, right);
	// the preposition that tied the date to the clause goes with it
	before = before.replace(DANGLING_BEFORE, ' ');
	let label = `${before} ${after}`.replace(/\s+/g, ' ').trim();
	label = label.replace(LEADING_LINK, '').replace(TRAILING_JUNK, '').trim();
	// a fronted date ("On 3 March, the company cut...") dates the clause that follows it
	if (wordCount(label) < 2 && /^\s*[,\u2014\u2013]/.test(sentence.slice(right))) {
		const next = sentence.slice(right).replace(/^\s*[,\u2014\u2013]\s*/, '');
		const offset = sentence.length - next.length;
		label = sentence.slice(offset, clauseEnd(sentence, offset)).replace(LEADING_LINK, '').trim();
	}
	if (wordCount(label) < 2 || /^[a-z]+(ed|s)?\b/.test(label) && STARTS_WITH_VERB.test(label)) {
		const subject = subjectOf(sentence, left);
		if (subject && wordCount(label) >= 1) label = `${subject} ${label}`;
		else if (wordCount(label) < 2) label = sentence.replace(/\s+/g, ' ').trim();
	}
	label = label.replace(TRAILING_JUNK, '').trim();
	return truncate(capitalise(label), max);
}

const WINDOW = 400;
const BOUNDARY_WORDS = /\b(that|which|who|whom|while|but|because|although|though|since|after|before|when|whereas|where|until|unless|if)\b/gi;
const DANGLING_BEFORE =
	/\b(on|in|at|by|since|from|until|till|during|for|of|as of|as early as|as late as|around|about|between|through|throughout|earlier|later|early|late|the)\s*$/i;
const LEADING_LINK = /^(and|or|but|that|which|who|since|after|before|when|while|as|then|so|because|although|though|until|unless|if|whereas|where)\b\s*/i;
const TRAILING_JUNK = /[\s,;:.!?"'\u201c\u201d\u2018\u2019(\[-]+$/;
const STARTS_WITH_VERB =
	/^(said|says|told|added|announced|reported|stated|confirmed|denied|claimed|warned|noted|explained|argued|wrote|insisted|suggested|revealed|agreed|signed|met|held|was|were|is|are|has|have|had|will|would|could|should|may|might|did|does)\b/;

function clauseStart(sentence: string, start: number): number {
	const head = sentence.slice(0, start);
	let best = 0;
	// a comma inside a number (15,000) joins, it does not divide
	for (const m of head.matchAll(/[;:\u2014\u2013]|,(?!\d)|\s-\s/g)) best = Math.max(best, m.index + m[0].length);
	for (const m of head.matchAll(BOUNDARY_WORDS)) {
		// "since" right before the date is the date's own preposition, not a clause boundary
		if (m.index + m[0].length + 1 >= start) continue;
		best = Math.max(best, m.index);
	}
	return best;
}

function clauseEnd(sentence: string, end: number): number {
	const tail = sentence.slice(end);
	let best = tail.length;
	const punct = /[;:\u2014\u2013]|,(?!\d)|\s-\s|[.!?](\s|$)/.exec(tail);
	if (punct) best = Math.min(best, punct.index);
	BOUNDARY_WORDS.lastIndex = 0;
	for (const m of tail.matchAll(BOUNDARY_WORDS)) {
		if (m.index > 0) best = Math.min(best, m.index);
		break;
	}
	return end + best;
}

/** The sentence's grammatical subject, when it is a short name before the first comma or verb. */
function subjectOf(sentence: string, clauseLeft: number): string | null {
	const head = sentence.slice(0, clauseLeft);
	const m = /^([^,;:]{2,60}?)(,|\s(said|says|told|has|have|had|was|were|is|are|will)\b)/.exec(head) ?? /^([^,;:]{2,60}?)\s*$/.exec(head);
	const subject = m?.[1]?.trim();
	return subject && wordCount(subject) <= 6 ? subject : null;
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(TRAILING_JUNK, '')}\u2026`;
}
