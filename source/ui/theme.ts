// Every colour the dashboard uses, in one place. With colour off (NO_COLOR,
// TERM=dumb) every colour is undefined and the UI falls back on inverse, bold,
// underline and text markers, so nothing it shows depends on colour alone.
import type {EntityType} from '../model/types.js';

export type Theme = {
	color: boolean;
	entity: Record<EntityType, string | undefined>;
	figure: string | undefined;
	focusBorder: string | undefined;
	border: string | undefined;
	match: string | undefined;
	dim: boolean;
	accent: string | undefined;
	/** Gutter markers: the reading cursor, and lines holding the selected entity or the jumped-to sentence. */
	cursorMark: string;
	selectedMark: string;
	sentenceMark: string;
};

export const entityBadges: Record<EntityType, string> = {
	person: 'PER',
	organization: 'ORG',
	location: 'LOC',
	nationality: 'NAT',
};

const colourTheme: Theme = {
	color: true,
	entity: {person: 'cyan', organization: 'magenta', location: 'green', nationality: 'yellow'},
	figure: 'red',
	focusBorder: 'cyan',
	border: 'gray',
	match: 'yellow',
	dim: true,
	accent: 'cyan',
	cursorMark: '▌',
	selectedMark: '•',
	sentenceMark: '┃',
};

const plainTheme: Theme = {
	color: false,
	entity: {person: undefined, organization: undefined, location: undefined, nationality: undefined},
	figure: undefined,
	focusBorder: undefined,
	border: undefined,
	match: undefined,
	dim: false,
	accent: undefined,
	cursorMark: '>',
	selectedMark: '*',
	sentenceMark: '|',
};

export function themeFor(color: boolean): Theme {
	return color ? colourTheme : plainTheme;
}
