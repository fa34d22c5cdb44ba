import type { Doc } from '../document.js';
import type { Resolution } from '../types.js';

/** Find numbered resolutions the article cites, merged by body and number, with every mention. */
export function findResolutions(_doc: Doc): Resolution[] {
  return [];
}
