import type { Strings } from './en';
import { es as later } from './laterStrings.es';
import { es as start } from './startStrings.es';
import type { Translation } from './Translation';

/** Every Spanish string (español), with exactly the English keys. */
export const es: Translation<Strings> = { ...start, ...later };
