// The same events in vis-timeline (run by scripts/bench.ts, never part of the site):
// `vis.html?n=5000` loads items-5000.json, draws it in three groups like our lanes and marks
// `vis:first-render` when vis reports its first redraw; `__setWindow(from, to)` replays a view.
(async () => {
	const n = new URLSearchParams(location.search).get('n');
	const items = await (await fetch(`items-${n}.json`)).json();
	const groups = [
		{ id: 'talks', content: 'Talks' },
		{ id: 'events', content: 'Events' },
		{ id: 'articles', content: 'Articles' }
	];
	const container = document.getElementById('tl');
	let first = true;
	const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), {
		stack: true,
		maxHeight: 700,
		showCurrentTime: false
	});
	timeline.on('changed', () => {
		if (!first) return;
		first = false;
		performance.mark('vis:first-render');
		document.body.dataset.ready = 'true';
	});
	window.__setWindow = (from, to) => timeline.setWindow(from, to, { animation: false });
})();
