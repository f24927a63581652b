/** The journeys collection, in order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder } from './journeys.ts';

export type Journey = CollectionEntry<'journeys'>;

export async function loadJourneys(): Promise<Journey[]> {
	return byOrder(await getCollection('journeys'));
}
