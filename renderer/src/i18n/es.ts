import type { Strings } from './en';
import { es as later } from './laterStrings';
import { es as start } from './startStrings';
import type { Translation } from './Translation';

/** Every Spanish string (español), with exactly the English keys. */
export const es: Translation<Strings> = { ...start, ...later };
