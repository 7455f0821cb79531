// The terminal modes the dashboard switches on, and what switches them off again.
// Ink 6.8 has no alternate-screen option, so entering and leaving it is ours.

/** Alternate screen (saves the user's screen and cursor), then cursor home: 1049 does not move it. */
export const enterFullScreen = '\u001B[?1049h\u001B[H';

/** Back to the user's screen with the cursor visible, whatever state the frame left it in. */
export const leaveFullScreen = '\u001B[?2026l\u001B[0m\u001B[?1049l\u001B[?25h';
