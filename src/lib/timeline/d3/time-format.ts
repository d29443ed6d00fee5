// What d3-scale's time scales take from d3-time-format: a format factory for their default
// `tickFormat`. The site build aliases `d3-time-format` to this file (vite.config.ts): the axis is
// labelled through `Intl` (format.ts, i18n.ts), so d3's English formats (about 3 KB gzipped) never
// run. A call to one of them fails loudly instead of printing something unlocalised.

function unused(specifier: string): (date: Date) => string {
	return () => {
		throw new Error(`d3 time format "${specifier}" is not built in: format dates with $lib/i18n`);
	};
}

export const utcFormat = unused;
export const timeFormat = unused;
