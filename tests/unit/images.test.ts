import { describe, expect, it } from 'vitest';
import { figureWidths, imageFileFor } from '../../src/lib/images.ts';

describe('images in pages (<Figure>)', () => {
	const available = ['/content/images/service-hall.jpg', '/content/images/counter.png'];

	it('finds the file an editor named, with or without ./', () => {
		expect(imageFileFor('service-hall.jpg', available, '/guides/x/')).toBe('/content/images/service-hall.jpg');
		expect(imageFileFor('./counter.png', available, '/guides/x/')).toBe('/content/images/counter.png');
	});

	it('an unknown file names the page, the file and the files that exist', () => {
		expect(() => imageFileFor('service_hall.jpg', available, '/guides/x/')).toThrow(
			'/guides/x/: <Figure src="service_hall.jpg"> names an image that is not in content/images/. Available: service-hall.jpg, counter.png.'
		);
		expect(() => imageFileFor('a.jpg', [], '/p/')).toThrow('That folder has no images yet');
	});

	it('builds phone to 2× desktop widths, never wider than the original', () => {
		expect(figureWidths(4000)).toEqual([360, 720, 1080, 1440]);
		expect(figureWidths(1000)).toEqual([360, 720, 1000]);
		expect(figureWidths(300)).toEqual([300]);
	});
});
