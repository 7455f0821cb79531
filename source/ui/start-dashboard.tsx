import React from 'react';
import {render, Text} from 'ink';
import type {Story} from '../model/types.js';

/** STUB: the dashboard issue replaces this. */
export async function startDashboard(story: Story): Promise<void> {
	const instance = render(<Text>{story.text.slice(0, 200)}</Text>);
	await instance.waitUntilExit();
}
