import { describe, expect, test } from 'vitest';
import { htmlFragmentParagraphs } from './htmlText.ts';

describe('htmlFragmentParagraphs', () => {
	test.each([
		['paragraphs', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
		['text with <br> breaks', 'One.<br/><br/>Two.', ['One.', 'Two.']],
		['plain text', 'Just text &amp; more.', ['Just text & more.']],
		['inline markup keeps its words in order', '<p>Officials <b>met</b> in <a href="/x">Geneva</a>.</p>', ['Officials met in Geneva.']],
		['a left-out image leaves no space before the comma', '<p>On Wednesday <img src=x>, after talks.</p>', ['On Wednesday, after talks.']],
		['decimals keep their point', '<p>Growth of .5 percent.</p>', ['Growth of .5 percent.']],
		['scripts, styles, embeds and forms are left out', '<p>A<script>alert(1)</script>B</p><style>p{}</style><iframe src=x></iframe><form><input value=x><button>Go</button></form>', ['AB']],
		['captions, pull quotes, headings and asides are not body text', '<figure><img><figcaption>Photo</figcaption></figure><blockquote class="pull-quote">Quote</blockquote><h2>Sub</h2><aside>Box</aside><p>Body.</p>', ['Body.']],
		['furniture by class, id or role', '<div class="share-tools">Share</div><div id="newsletter">Sign up</div><div role="navigation">Nav</div><p class="image-credit">Credit</p><p>Body.</p>', ['Body.']],
		['hidden elements', '<p hidden>Secret</p><p aria-hidden="true">Icon</p><p>Body.</p>', ['Body.']],
		['the article\'s own container is never furniture, whatever its classes', '<div class="story-body ad-free has-banner js-share-tracking"><p>The council approved the budget on Monday after a long debate.</p><p>It takes effect in March.</p><div class="share-tools">Share</div></div>', ['The council approved the budget on Monday after a long debate.', 'It takes effect in March.']],
		['deep nesting does not overflow the stack', '<b>'.repeat(20_000) + 'Deep.', ['Deep.']],
		['an ordinary quotation is body text', '<blockquote><p>We will meet again, he said.</p></blockquote>', ['We will meet again, he said.']]
	])('%s', (_, html, expected) => {
		expect(htmlFragmentParagraphs(html)).toEqual(expected);
	});
});
