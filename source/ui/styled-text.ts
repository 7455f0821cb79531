// Ink's <Text> styles as a function over strings. A row built as one pre-styled string is one
// <Text> instead of a nested <Text> per mention, figure or matched letter: at launch that is
// hundreds fewer React elements and Ink nodes to create, lay out and squash (issue #3 launch time).
//
// The styles go on in the order Ink's Text applies them, with the chalk Ink uses (one copy in
// node_modules and in the bundle, its level set by start-dashboard.tsx), so a row writes the
// bytes the nested <Text>s wrote. Only text that was already sanitised comes here (the story's
// text is cleaned by the parser; queries by the key dispatcher): styling is added afterwards.
import chalk from 'chalk';

export type TextStyle = {
	/** A chalk colour name ('cyan') or '#rrggbb'; undefined is no colour (NO_COLOR). */
	color?: string | undefined;
	dimColor?: boolean;
	bold?: boolean;
	underline?: boolean;
	inverse?: boolean;
};

type ColourName = 'black' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white' | 'gray' | 'grey';

function colour(text: string, color: string): string {
	if (color.startsWith('#')) return chalk.hex(color)(text);
	// Ink's colorize: a name chalk knows is a chalk method; anything else leaves the text as it is.
	return color in chalk ? chalk[color as ColourName](text) : text;
}

/** `text` as `<Text {...style}>{text}</Text>` would write it (an empty text stays empty, as in Ink). */
export function styled(text: string, style: TextStyle): string {
	if (text === '') return text;
	let result = text;
	if (style.dimColor) result = chalk.dim(result);
	if (style.color) result = colour(result, style.color);
	if (style.bold) result = chalk.bold(result);
	if (style.underline) result = chalk.underline(result);
	if (style.inverse) result = chalk.inverse(result);
	return result;
}
