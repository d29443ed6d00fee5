import { readListIndex } from '$lib/server/prepared.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => readListIndex();
