import type { AuthoredScienceCard, ScienceAnswer, ScienceCard } from './domain';

/** Splits an authored card into what visitors may see and the answer key the server keeps. */
export function splitScienceCard(authored: AuthoredScienceCard): {
  card: ScienceCard;
  answer: ScienceAnswer | null;
} {
  const { question, ...rest } = authored;
  if (!question) return { card: { ...rest }, answer: null };
  const { prompt, options, answerIndex, explanation } = question;
  return {
    card: { ...rest, question: { prompt, options: [...options] } },
    answer: { answerIndex, explanation },
  };
}

/** The card as its author wrote it again: the visitors' card with the answer key put back. */
export function joinScienceCard(
  card: ScienceCard,
  answer: ScienceAnswer | null,
): AuthoredScienceCard {
  const { question, ...rest } = card;
  if (!question || !answer) return { ...rest };
  return { ...rest, question: { ...question, ...answer } };
}
