/**
 * A simple check of a label as a reader would read it, for the evaluation (`npm run eval:events`)
 * and for choosing among the labels of one event. It flags:
 * - `fragment`: fewer than two words, a start in lowercase (not a name such as "iTunes"), on a clitic ("'s close"), a preposition,
 *   an auxiliary or "to" ("Were to take delivery", "Of its 3,200 dealers"), an end on a word that
 *   needs more ("Agreement was", "Its launch and"), a bracket or quote left open, or a start that
 *   names no actor: a verb ("Signs the agreement in Paris") or a bare pronoun ("It loses $2 billion");
 * - `attribution`: nothing but who said it ("A Jaguar spokesman said"), not a passive ("Results are announced");
 * - `cut off`: an ellipsis at the end;
 * - `junk`: a wire dateline or agency tag ("(AP)_", "WASHINGTON _").
 */
import { tagSentence, type Token } from './tag.ts';

export type LabelFlag = 'fragment' | 'attribution' | 'cut off' | 'junk';

/** Pronouns that leave the actor unsaid ("It loses US$ 2.24 billion"). */
const BARE_PRONOUN = /^(it|he|she|they|we|i|you|this|that|these|those|its|their|many|some|several|most|all|both|others|one|each)$/;

const DANGLING = /\b(a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|that|which|who|was|were|is|are|be|been|has|have|had|will|would|could|its|their|his|her|our|this|these|than|into|over|after|before|since|while|when|where|whose|whom|how|why|if|because)$/i;
/** A headline starts with who or what: not with a preposition, an auxiliary or an infinitive's "to". */
const HEADLESS = /^(of|in|on|at|for|to|from|with|by|as|into|about|after|before|since|during|including|according|were|was|is|are|be|been|has|have|had|will|would|could|should|may|might|can|did|does|do|and|or|but|which|who|that|when|while|where)\b/i;
/** A verb group that refers back to another clause ("Boeing does so", "did the same"): says nothing alone. */
const PRO_VERB = /\b(do|does|did|done|doing)\s+(so|it|this|that|the\s+same)$/i;
const SAID = /^(?:[\w'’.&-]+\s){0,6}(said|says|told|added|stated|states|noted|claimed|according|announces|announced|admits|admitted|confirms|confirmed|reveals|revealed|reports|reported|warns|warned|denies|denied)$/i;

/**
 * `actor`: the label opens on a subject that the sentence it was written from tagged as a noun
 * phrase. Tagged again alone, a name that is also a verb ("Ford posts a profit") would read as an
 * imperative; the sentence's reading is the better one.
 * `tag`: the tagger to read the label with, for a caller that keeps the texts it has tagged.
 */
export function labelFlags(label: string, { actor = false, tag = tagSentence }: { actor?: boolean; tag?: (text: string) => Token[] } = {}): LabelFlag[] {
	const flags: LabelFlag[] = [];
	const text = label.trim();
	const words = text.split(/\s+/).filter(Boolean);
	if (words.length < 2 || (/^[a-z'’]/.test(text) && !/^[a-z]+[A-Z]/.test(text)) || DANGLING.test(text) || HEADLESS.test(text) || PRO_VERB.test(text) || unbalanced(text) || !(actor || startsWithActor(text, tag))) flags.push('fragment');
	// "New model is revealed" is a passive: what was told, not who told it
	if (SAID.test(text) && !/\b(is|are|was|were|be|been)\s+\S+$/i.test(text)) flags.push('attribution');
	if (/(\u2026|\.\.\.)$/.test(text)) flags.push('cut off');
	if (/\((AP|Reuters|AFP|UPI|Bloomberg|CNN)\)|(^|\s)_(\s|$)|^[A-Z]{3,}[A-Z ,.]*\s[-\u2014_]\s/.test(text)) flags.push('junk');
	return flags;
}

function unbalanced(text: string): boolean {
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	// a closing single quote is also an apostrophe ("Ukraine’s"): an opening one with none after it is unbalanced
	const single = text.lastIndexOf('\u2018');
	return count(/\(/g) !== count(/\)/g) || count(/[\u201c]/g) !== count(/[\u201d]/g) || count(/"/g) % 2 === 1 || (single >= 0 && !text.includes('\u2019', single));
}

/** Whether the label opens on who or what (a noun phrase), by its part-of-speech tags. */
function startsWithActor(text: string, tag: (text: string) => Token[]): boolean {
	const [first] = tag(text);
	if (!first) return false;
	if (first.pos === 'PRON') return !BARE_PRONOUN.test(first.lower);
	return first.pos !== 'VERB' && first.pos !== 'AUX';
}
