import type { FactType } from '../../domain/fact.ts';
import type { Recognizer } from '../sentence.ts';
import { recognizeTrade } from './trade.ts';
import { recognizeTarget } from './target.ts';
import { recognizeCount } from './count.ts';
import { recognizeDocument } from './document.ts';
import { recognizeEvent } from './event.ts';
import { recognizeProject } from './project.ts';

/** One recognizer per fact type, in the order they run over every sentence (and facts are listed). */
export const recognizers: ReadonlyArray<{ type: FactType; recognize: Recognizer }> = [
  { type: 'trade', recognize: recognizeTrade },
  { type: 'target', recognize: recognizeTarget },
  { type: 'count', recognize: recognizeCount },
  { type: 'document', recognize: recognizeDocument },
  { type: 'event', recognize: recognizeEvent },
  { type: 'project', recognize: recognizeProject },
];
