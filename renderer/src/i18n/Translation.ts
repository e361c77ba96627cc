/**
 * The shape another language must give for a feature's English strings: the same keys,
 * any text. `export const es: Translation<typeof en> = { … }` makes a missing or extra key
 * a compile error.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
