import { createGazetteerResolver, withMorphology, type Resolver } from '../gazetteer/resolver.ts';
import type { Morphology } from '../gazetteer/morphology.ts';

/** Thrown by the stand-in morphology when extraction asks it anything. */
class MorphologyNeeded extends Error {
  constructor() {
    super('az morphology needed');
    this.name = 'MorphologyNeeded';
  }
}

const CYRILLIC_RE = /[\u0400-\u04ff]/;

/**
 * The gazetteer resolver for `imon extract`, with az's dictionaries (about a third of a second
 * to load) loaded only when a text needs them: a text with Cyrillic letters loads them first;
 * any other text is read with a stand-in that throws if asked anything, and is read again with
 * the dictionaries when it was asked. The extraction code only asks az about Cyrillic words, so
 * the second reading should never happen; it is there so the facts stay what a resolver with
 * morphology gives even if that changes. (The stand-in throws rather than answers, so no cache
 * of the extraction code keeps an answer it gave.)
 */
export class MorphologyOnDemand {
  #withMorphology: Resolver | null = null;
  #asked = false;
  readonly #withStandIn: Resolver;

  private constructor(readonly base: Resolver) {
    const standIn: Morphology = {
      lemmas: () => this.#ask(),
      isCommonWord: () => this.#ask(),
    };
    this.#withStandIn = withMorphology(base, standIn);
  }

  static async create(): Promise<MorphologyOnDemand> {
    return new MorphologyOnDemand(await createGazetteerResolver({ morphology: false }));
  }

  /** `read(resolver)` as with a resolver that has az morphology; `text` is what it reads. */
  async run<T>(text: string, read: (resolver: Resolver) => T): Promise<T> {
    if (!this.#withMorphology && !CYRILLIC_RE.test(text)) {
      this.#asked = false;
      try {
        const result = read(this.#withStandIn);
        if (!this.#asked) return result;
      } catch (error) {
        if (!this.#asked) throw error;
      }
    }
    return read(await this.#loaded());
  }

  async #loaded(): Promise<Resolver> {
    if (!this.#withMorphology) {
      const { initMorphology } = await import('../gazetteer/morphology.ts');
      this.#withMorphology = withMorphology(this.base, await initMorphology());
    }
    return this.#withMorphology;
  }

  #ask(): never {
    this.#asked = true;
    throw new MorphologyNeeded();
  }
}
