// Playwright cannot download browsers here; the e2e suite uses Debian's Chromium. Say how to get
// it instead of failing with a stack trace.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (import.meta.url === `file://${process.argv[1]}`) {
	if (!existsSync(CHROMIUM_PATH)) {
		console.error(
			`\nThe end-to-end tests need Chromium at ${CHROMIUM_PATH}, and it is not installed.\n` +
				`Install it with:\n\n    sudo apt-get install -y chromium\n\n` +
				`(or set CHROMIUM_PATH to another Chromium binary), then run npm test again.\n`
		);
		process.exit(1);
	}
}
