// Where each pane goes for a terminal size. Pure, so the breakpoints are unit-tested
// without a terminal.

export const minimumColumns = 40;
export const minimumRows = 10;
/** At this width and above the panes stand side by side; below it they stack. */
export const wideColumns = 100;
/** At this width and above the names and the summary get a full-height column each, next to the article. */
export const columnsColumns = 160;
/** Wider than this, article lines get too long to read: more width goes to the summary. */
const maxArticleColumns = 120;

export type Box = {width: number; height: number};

export type Layout =
	| {kind: 'too-small'; columns: number; rows: number}
	| {
		kind: 'columns' | 'wide' | 'stacked';
		columns: number;
		/** Ink's root height: one less than the terminal (a full-height frame makes Ink 6.8 clear and repaint every frame). */
		height: number;
		article: Box;
		entities: Box;
		summary: Box;
	};

// Each pane has a border (2 columns, 2 rows) and a title row.
export const paneChrome = {columns: 2, rows: 3};

export function computeLayout(columns: number, rows: number, focus: 'article' | 'entities' | 'summary' = 'article'): Layout {
	if (columns < minimumColumns || rows < minimumRows) return {kind: 'too-small', columns, rows};
	const height = rows - 1;
	const panesHeight = height - 1; // The status bar takes one row.
	if (columns >= columnsColumns) {
		// Three columns: article, names, summary, each the full height; the article keeps a readable line length.
		const names = Math.min(60, Math.round(columns * 0.25));
		const article = Math.min(maxArticleColumns, columns - 2 * names);
		return {
			kind: 'columns',
			columns,
			height,
			article: {width: article, height: panesHeight},
			entities: {width: names, height: panesHeight},
			summary: {width: columns - article - names, height: panesHeight},
		};
	}

	if (columns >= wideColumns) {
		const side = Math.min(60, Math.max(40, Math.round(columns * 0.4)));
		// Names above summary, half each; on short terminals the one with focus takes all but
		// the other's title row, so a focused summary never shows no rows at all.
		const short = panesHeight < 2 * (paneChrome.rows + 2);
		const entitiesHeight = !short || focus === 'article'
			? Math.ceil(panesHeight / 2)
			: focus === 'entities' ? panesHeight - paneChrome.rows : paneChrome.rows;
		return {
			kind: 'wide',
			columns,
			height,
			article: {width: columns - side, height: panesHeight},
			entities: {width: side, height: entitiesHeight},
			summary: {width: side, height: panesHeight - entitiesHeight},
		};
	}

	// Stacked: the article on top; below it the entity and summary panes side by side.
	// When rows are short the article keeps most of them unless a lower pane has focus.
	// On the shortest terminals the pane without focus gives way down to its title row,
	// so the focused one keeps something to show (the article two lines; the names pane
	// its search box and a name) and the panes never add up to more rows than there are.
	const focusOnArticle = focus === 'article';
	const wanted = Math.max(paneChrome.rows + 2, Math.round(panesHeight * (focusOnArticle ? 0.4 : 0.55)));
	const lowest = focusOnArticle ? paneChrome.rows : paneChrome.rows + 2;
	const highest = panesHeight - (focusOnArticle ? paneChrome.rows + 2 : paneChrome.rows);
	const lower = Math.max(lowest, Math.min(wanted, highest));
	const articleHeight = panesHeight - lower;
	const left = Math.ceil(columns / 2);
	return {
		kind: 'stacked',
		columns,
		height,
		article: {width: columns, height: articleHeight},
		entities: {width: left, height: panesHeight - articleHeight},
		summary: {width: columns - left, height: panesHeight - articleHeight},
	};
}

/** Rows and columns inside a pane's border, below its title (no rows when the pane is down to its title). */
export function innerBox(box: Box): Box {
	return {width: Math.max(1, box.width - paneChrome.columns), height: Math.max(0, box.height - paneChrome.rows)};
}
