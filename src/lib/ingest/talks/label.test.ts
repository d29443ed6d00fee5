import { describe, expect, it } from 'vitest';
import { formatTalksLabel, type TalksLabelParts } from './label.ts';

const base: TalksLabelParts = { kind: 'talks', topic: null, format: null, place: null, parties: [], status: 'held', continuation: false };

describe('formatTalksLabel', () => {
	const rows: [Partial<TalksLabelParts>, string][] = [
		[{ format: 'trilateral', place: 'Abu Dhabi' }, 'Trilateral talks in Abu Dhabi'],
		[{ continuation: true, status: 'scheduled' }, 'Talks resume'],
		[{ topic: 'merger', parties: ['Nissan', 'Honda'], status: 'cancelled' }, 'Merger talks between Nissan and Honda cancelled'],
		[{ kind: 'summit', place: 'Anchorage', status: 'postponed' }, 'Summit in Anchorage postponed'],
		[{ topic: 'brexit', continuation: true, place: 'Brussels' }, 'Brexit talks resume in Brussels'],
		[{ kind: 'call', parties: ['United States', 'China'] }, 'Phone call between United States and China'],
		[{ status: 'proposed', parties: ['Japan'] }, 'Proposed talks with Japan'],
		[{ kind: 'meeting', continuation: true }, 'Talks resume'],
		[{ kind: 'meeting', place: 'White House' }, 'Meeting at the White House'],
		[{ round: 'fourth', topic: 'nuclear', place: 'Muscat', continuation: true }, 'Fourth round of nuclear talks in Muscat'],
		[{ kind: 'summit', continuation: true }, 'Summit resumes']
	];
	it.each(rows)('%j', (parts, label) => expect(formatTalksLabel({ ...base, ...parts })).toBe(label));

	it('stays within about 80 characters', () => {
		const long = formatTalksLabel({ ...base, place: 'The Extraordinarily Long Name Of A Conference Centre Somewhere In The Middle Of Nowhere At All' });
		expect(long.length).toBeLessThanOrEqual(80);
		expect(long.endsWith('…')).toBe(true);
		const many = formatTalksLabel({ ...base, parties: ['International Atomic Energy Agency', 'International Monetary Fund', 'United Kingdom'] });
		expect(many).toBe('Talks');
	});
});
