// Writes a story with a payload planted in it to a fresh temp folder.
import {Buffer} from 'node:buffer';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {baseStory, storyWith} from './base-story.js';
import type {Payload} from './payloads.js';

const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-hostile-'));

export function storyFile(payload: Payload, index: number): string {
	const text = payload.text ?? '';
	if (payload.where === 'front-matter') {
		const file = path.join(folder, `story-${index}.txt`);
		writeFileSync(file, `---\ntitle: ${text}\n---\n${storyWith('')}`);
		return file;
	}

	if (payload.where === 'file-name') {
		const file = path.join(folder, `story-${index}-${text}.txt`);
		writeFileSync(file, storyWith(''));
		return file;
	}

	const [before, after] = baseStory.split('PAYLOAD') as [string, string];
	const file = path.join(folder, `story-${index}.txt`);
	writeFileSync(file, Buffer.concat([Buffer.from(before), payload.bytes ?? Buffer.from(text), Buffer.from(after)]));
	return file;
}
