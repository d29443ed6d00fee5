import { describe, expect, it } from 'vitest';
import { formatTalksLabel, type TalksLabelParts } from './label.ts';

const base: TalksLabelParts = { kind: 'talks', topic: null, format: null, place: null, parties: [], status: 'held', continuation: false };

describe('formatTalksLabel', () => {
	const rows: [Partial<TalksLabelParts>, string][] = [
		[{ format: 'trilateral', place: 'Abu Dhabi' }, 'Trilateral talks held in Abu Dhabi'],
		[{ format: 'trilateral', place: 'Abu Dhabi', status: 'scheduled' }, 'Trilateral talks in Abu Dhabi'],
		[{ continuation: true, status: 'scheduled' }, 'Talks resume'],
		[{ topic: 'merger', parties: ['Nissan', 'Honda'], status: 'cancelled' }, 'Merger talks between Nissan and Honda cancelled'],
		[{ kind: 'summit', place: 'Anchorage', status: 'postponed' }, 'Summit in Anchorage postponed'],
		[{ topic: 'brexit', continuation: true, place: 'Brussels' }, 'Brexit talks resume in Brussels'],
		[{ kind: 'call', parties: ['United States', 'China'] }, 'Phone call held between United States and China'],
		[{ status: 'proposed', parties: ['Japan'] }, 'Proposed talks with Japan'],
		[{ kind: 'meeting', continuation: true }, 'Talks resume'],
		[{ kind: 'meeting', place: 'White House' }, 'Meeting held at the White House'],
		[{ round: 'fourth', topic: 'nuclear', place: 'Muscat', continuation: true }, 'Fourth round of nuclear talks in Muscat'],
		[{ kind: 'summit', continuation: true }, 'Summit resumes'],
		// the parties and the place, as far as 70 characters allow; a body's own meeting is named by it
		[{ kind: 'meeting', parties: ['G7'], place: 'Washington' }, 'G7 meeting held in Washington'],
		[{ kind: 'summit', parties: ['NATO'], status: 'scheduled' }, 'NATO summit'],
		[{ kind: 'negotiations', parties: ['Apple'] }, 'Negotiations held with Apple'],
		[{ kind: 'meeting', parties: ['Russia'], place: 'Geneva' }, 'Meeting held with Russia in Geneva'],
		[{ parties: ['Russia', 'Ukraine'], place: 'Istanbul' }, 'Talks held between Russia and Ukraine in Istanbul'],
		[{ format: 'trilateral', topic: 'peace', parties: ['United States', 'Russia', 'Ukraine'], place: 'Abu Dhabi' }, 'Trilateral peace talks held in Abu Dhabi'],
		// with a place, three parties or more are left out (a host, a mediator or a topic as often as a party)
		[{ kind: 'meeting', parties: ['United States', 'Russia', 'Ukraine'], place: 'Anchorage' }, 'Meeting held in Anchorage'],
		// only a body of states has a meeting of its own; an armed group or a company is met with
		[{ kind: 'meeting', parties: ['Hamas'], place: 'Cairo' }, 'Meeting held with Hamas in Cairo'],
		[{ kind: 'summit', parties: ['European Union'], place: 'Brussels' }, 'European Union summit held in Brussels'],
		[{ kind: 'summit', parties: ['Russia', 'BRICS'], place: 'Kazan' }, 'BRICS summit held in Kazan'],
		[{ kind: 'meeting', parties: ['NATO', 'United States', 'Canada'], place: 'Brussels' }, 'NATO meeting held in Brussels'],
		[{ parties: ['NATO', 'Russia'], place: 'Brussels' }, 'Talks held between NATO and Russia in Brussels']
	];
	it.each(rows)('%j', (parts, label) => expect(formatTalksLabel({ ...base, ...parts })).toBe(label));

	it('stays within 70 characters by leaving parts out, never by cutting one off', () => {
		const long = formatTalksLabel({ ...base, format: 'trilateral', place: 'The Extraordinarily Long Name Of A Conference Centre Somewhere In The Middle Of Nowhere' });
		expect(long).toBe('Trilateral talks held');
		const topic = formatTalksLabel({ ...base, topic: 'nuclear', format: 'bilateral', parties: ['Democratic Republic of the Congo', 'United Arab Emirates'] });
		expect(topic).toBe('Bilateral nuclear talks held');
		const many = formatTalksLabel({ ...base, parties: ['International Atomic Energy Agency', 'International Monetary Fund', 'United Kingdom'] });
		expect(many).toBe('Talks held');
	});
});
