/** A problem with what the user gave us: printed as one line, exit code 2, no stack trace. */
export class InputError extends Error {
	override name = 'InputError';
}
