/**
 * Images in pages come from `content/images/` through astro:assets (see Figure.astro). These
 * helpers pick the file an editor named and the widths to build.
 */

/** The glob key of the image an editor named, or an error that names the page and the choices. */
export function imageFileFor(name: string, available: readonly string[], page: string): string {
	const key = `/content/images/${name.replace(/^\.?\/+/, '')}`;
	if (available.includes(key)) return key;
	const names = available.map((k) => k.replace('/content/images/', ''));
	throw new Error(
		`${page}: <Figure src="${name}"> names an image that is not in content/images/. ` +
			(names.length ? `Available: ${names.join(', ')}.` : 'That folder has no images yet: add the file there.')
	);
}

/** Widths for a figure in the content column: phone, tablet, desktop and 2× desktop, never upscaled. */
export function figureWidths(intrinsic: number): number[] {
	const wanted = [360, 720, 1080, 1440].filter((w) => w < intrinsic);
	return [...wanted, Math.min(intrinsic, 1440)].filter((w, i, all) => all.indexOf(w) === i);
}
