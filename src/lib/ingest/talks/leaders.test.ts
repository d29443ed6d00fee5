import { describe, expect, it } from 'vitest';
import { extractLeaders } from './leaders.ts';

describe('extractLeaders', () => {
	// [sentence, party of the delegation named in the sentence before, leaders]
	const rows: [string, string | null, { name: string; party: string | null }[]][] = [
		['It is now being led by General Igor Kostyukov, the director of Russia’s GRU military intelligence agency.', 'Russia', [{ name: 'Igor Kostyukov', party: 'Russia' }]],
		['It is now being led by General Igor Kostyukov, the director of Russia’s GRU.', null, [{ name: 'Igor Kostyukov', party: 'Russia' }]],
		['The Ukrainian delegation, headed by Rustem Umerov, arrived on Friday.', null, [{ name: 'Rustem Umerov', party: 'Ukraine' }]],
		['The delegation was led by Russia’s deputy foreign minister Sergei Ryabkov.', null, [{ name: 'Sergei Ryabkov', party: 'Russia' }]],
		['Rustem Umerov, who leads the Ukrainian delegation, said talks were useful.', null, [{ name: 'Rustem Umerov', party: 'Ukraine' }]],
		['Iran’s chief negotiator Abbas Araghchi left Muscat.', null, [{ name: 'Abbas Araghchi', party: 'Iran' }]],
		['EU chief negotiator Michel Barnier met Stephen Barclay.', null, [{ name: 'Michel Barnier', party: 'European Union' }]],
		['The Israeli delegation is headed by Mossad chief David Barnea.', null, [{ name: 'David Barnea', party: 'Israel' }]],
		['The talks, led by Bessent and Vice Premier Li Qiang, ended.', null, [{ name: 'Bessent', party: 'United States' }, { name: 'Li Qiang', party: 'China' }]],
		['The talks, led by Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng, ended.', null, [{ name: 'Scott Bessent', party: 'United States' }, { name: 'He Lifeng', party: 'China' }]],
		['Michel Barnier, the EU’s chief negotiator, met Stephen Barclay.', null, [{ name: 'Michel Barnier', party: 'European Union' }]],
		// must fail: a former leader, a leader of something else
		['Moscow’s delegation was previously headed by Vladimir Medinski, an aide to Vladimir Putin.', null, []],
		['The company is led by a new chief executive.', null, []],
		['The talks were held behind closed doors.', null, []]
	];
	it.each(rows)('%s', (text, before, leaders) => {
		expect(extractLeaders(text, { delegationParty: before }).leaders).toEqual(leaders);
	});

	it('carries the delegation’s party to the next sentence', () => {
		expect(extractLeaders('Moscow’s delegation was previously headed by Vladimir Medinski.').delegationParty).toBe('Russia');
		expect(extractLeaders('The company was headed by Jane Doe.').delegation).toBe(false);
	});
});
