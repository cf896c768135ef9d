import type { Recognizer } from '../sentence.ts';
import { recognizeTrade } from './trade.ts';
import { recognizeTarget } from './target.ts';
import { recognizeCount } from './count.ts';
import { recognizeDocument } from './document.ts';
import { recognizeEvent } from './event.ts';
import { recognizeProject } from './project.ts';

/** One recognizer per fact type, run over every sentence in this order. */
export const recognizers: Recognizer[] = [recognizeTrade, recognizeTarget, recognizeCount, recognizeDocument, recognizeEvent, recognizeProject];
