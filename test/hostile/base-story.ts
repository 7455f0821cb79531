// A short wire story written for these tests (not a real event): hostile payloads are
// planted in it, so the parser has names, figures and times to find around them.
export const baseStory = `PORT HALLAM, Corvania (Wire) — At least 12 people were killed and 30 wounded when a fuel tanker exploded on the coast highway on Tuesday, the Corvanian Road Safety Agency said.

Spokesman Adrian Velko said rescue teams had pulled eight survivors from the wreckage. PAYLOAD

Governor Marta Ilves visited the scene on Wednesday and ordered an inquiry into the crash.

The Red Cross said 3 of the wounded were in critical condition at Port Hallam General Hospital.
`;

/** The base story with `payload` where the word PAYLOAD is. */
export function storyWith(payload: string): string {
	return baseStory.replace('PAYLOAD', payload);
}
