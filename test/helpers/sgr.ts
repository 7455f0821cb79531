// Finds colour in what a program wrote: SGR sequences (ESC [ … m) that set a foreground
// or background colour. Bold, inverse and underline are not colour (NO_COLOR allows them).

const sgr = /\u001B\[([\d;:]*)m/g;

function isColourParameter(parameter: number): boolean {
	return (parameter >= 30 && parameter <= 38) || (parameter >= 40 && parameter <= 48) || (parameter >= 90 && parameter <= 97) || (parameter >= 100 && parameter <= 107);
}

/** Every SGR sequence in `output` that sets a colour. */
export function colourSequences(output: string): string[] {
	const found: string[] = [];
	for (const match of output.matchAll(sgr)) {
		const parameters = match[1]!.split(/[;:]/).map(Number);
		for (let index = 0; index < parameters.length; index++) {
			const parameter = parameters[index]!;
			if (isColourParameter(parameter)) {
				found.push(match[0]);
				break;
			}

			// 38/48 are handled above; skip the arguments of other extended forms.
			if (parameter === 58) index += parameters[index + 1] === 5 ? 2 : 4;
		}
	}

	return found;
}
