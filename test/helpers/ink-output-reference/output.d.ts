export type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
export default class Output {
	constructor(options: {width: number; height: number});
	write(x: number, y: number, text: string, options: {transformers: Array<(line: string, index: number) => string>}): void;
	clip(clip: Clip): void;
	unclip(): void;
	get(): {output: string; height: number};
}
