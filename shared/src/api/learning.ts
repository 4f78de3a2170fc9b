/** `POST /api/check-ins/:id/answer`: the visitor's choice for the question of one of their stamps. */
export interface AnswerRequest {
  /** 0-based index into the question's options. */
  choice: number;
}

/**
 * The server's judgement. Only the first answer to a stamp is judged (201); asking again returns
 * that first judgement unchanged (200), whatever the choice sent.
 */
export interface AnswerResponse {
  checkInId: string;
  /** The first choice, the one judged. */
  choice: number;
  correct: boolean;
  answerIndex: number;
  explanation: string;
  answeredAt: string;
}
