// Ties a DeskSession to React: starts the background parsing after the first frame
// is on screen, and re-renders as stories arrive, at most every `intervalMs` (the
// progress shown is a counter; the keys must not queue behind redraws).
import {useEffect, useState} from 'react';
import type {DeskSession} from '../../desk/session.js';

export function useDeskTick(session: DeskSession | undefined, intervalMs = 250): number {
	const [tick, setTick] = useState(0);
	useEffect(() => {
		if (!session) return;
		let timer: NodeJS.Timeout | undefined;
		let last = 0;
		const flush = () => {
			timer = undefined;
			last = performance.now();
			setTick(value => value + 1);
		};

		const unsubscribe = session.subscribe(() => {
			if (timer) return;
			const wait = Math.max(0, intervalMs - (performance.now() - last));
			// The last story in always shows at once: the totals are final.
			timer = setTimeout(flush, session.desk.done ? 0 : wait);
		});
		// Effects run after the first commit: the first frame is out before parsing starts.
		session.start();
		return () => {
			unsubscribe();
			if (timer) clearTimeout(timer);
			session.stop();
		};
	}, [session, intervalMs]);
	return tick;
}
