// How many cores the last minute's load average leaves free: the one judgement of "idle"
// that the launcher's early worker and the worker pools share.
import {availableParallelism, loadavg} from 'node:os';

export function idleCores(): number {
	return availableParallelism() - loadavg()[0]!;
}
