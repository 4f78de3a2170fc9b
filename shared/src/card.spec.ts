import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitScienceCard } from './card';

describe('splitScienceCard', () => {
  it('keeps the answer key out of the public card', () => {
    const { card, answer } = splitScienceCard({
      title: 't',
      body: 'b',
      question: { prompt: 'p', options: ['a', 'b'], answerIndex: 1, explanation: 'e' },
    });
    assert.deepEqual(card, {
      title: 't',
      body: 'b',
      question: { prompt: 'p', options: ['a', 'b'] },
    });
    assert.deepEqual(answer, { answerIndex: 1, explanation: 'e' });
    assert.equal(JSON.stringify(card).includes('answerIndex'), false);
  });

  it('has no answer key for a card without a question', () => {
    assert.deepEqual(splitScienceCard({ title: 't', body: 'b' }), {
      card: { title: 't', body: 'b' },
      answer: null,
    });
  });
});
