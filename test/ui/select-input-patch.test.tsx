// patches/ink-select-input+6.2.0.patch compares the item values itself (skipping node:util's
// isDeepStrictEqual, whose first call loads a module at launch). The list must still keep its
// highlight when the values stay the same and go back to the top when they change.
import test from 'ava';
import React from 'react';
import {render} from 'ink-testing-library';
import SelectInput from 'ink-select-input';
import {flushInk} from '../helpers/drive-app.js';

const items = (values: Array<string | {id: number}>) => values.map((value, index) => ({key: String(index), label: `item ${index}`, value}));
const highlighted = (frame = '') => frame.split('\n').find(line => line.includes('❯'))?.trim();

for (const [name, first, same, changed] of [
	['strings', ['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'x', 'c']],
	['objects', [{id: 1}, {id: 2}], [{id: 1}, {id: 2}], [{id: 1}, {id: 3}]],
	['a shorter list', ['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b']],
] as const) {
	test(`the highlight stays while the values are the same and resets when they change (${name})`, async t => {
		const app = render(<SelectInput items={items([...first])}/>);
		t.teardown(() => {
			app.unmount();
		});
		await flushInk(40);
		app.stdin.write('j');
		await flushInk(40);
		t.is(highlighted(app.lastFrame()), '❯ item 1');
		app.rerender(<SelectInput items={items([...same])}/>);
		await flushInk(40);
		t.is(highlighted(app.lastFrame()), '❯ item 1', 'equal values in a new array keep the highlight');
		app.rerender(<SelectInput items={items([...changed])}/>);
		await flushInk(40);
		t.is(highlighted(app.lastFrame()), '❯ item 0', 'changed values reset it');
	});
}
