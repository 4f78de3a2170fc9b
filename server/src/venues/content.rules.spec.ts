import { AppError } from '../common/app-error';
import { checkCard, checkClosedDates, checkLocation, checkOpeningHours } from './content.rules';

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return { code: (e as AppError).code, field: (e as AppError).extra.field };
  }
  return null;
};

describe('content rules', () => {
  it('refuses hours that end before they start, overlap or are not times, naming the range', () => {
    expect(failure(() => checkOpeningHours({ mon: [['09:00', '17:00']] }))).toBeNull();
    expect(failure(() => checkOpeningHours({ mon: [['17:00', '09:00']] }))).toEqual({
      code: 'OPENING_HOURS_INVALID',
      field: 'openingHours.mon[0]',
    });
    expect(
      failure(() =>
        checkOpeningHours({
          tue: [
            ['09:00', '12:00'],
            ['11:00', '15:00'],
          ],
        }),
      ),
    ).toEqual({ code: 'OPENING_HOURS_INVALID', field: 'openingHours.tue[1]' });
    expect(failure(() => checkOpeningHours({ mon: [['9am', '17:00']] }))?.field).toBe(
      'openingHours.mon[0]',
    );
    expect(failure(() => checkOpeningHours({ funday: [] }))?.field).toBe('openingHours.funday');
  });

  it('needs the answer among 2–6 distinct options', () => {
    const card = (answerIndex: number, options = ['甲', '乙']) => ({
      title: 't',
      body: 'b',
      question: { prompt: 'p', options, answerIndex, explanation: '' },
    });
    expect(failure(() => checkCard(card(1)))).toBeNull();
    expect(failure(() => checkCard(card(2)))).toEqual({
      code: 'ANSWER_NOT_AMONG_OPTIONS',
      field: 'card.question.answerIndex',
    });
    expect(failure(() => checkCard(card(-1)))?.code).toBe('ANSWER_NOT_AMONG_OPTIONS');
    expect(failure(() => checkCard(card(0, ['甲', '甲 '])))?.field).toBe('card.question.options');
  });

  it('refuses points outside China and dates that do not exist', () => {
    expect(failure(() => checkLocation({ lat: 39.9, lng: 116.4 }))).toBeNull();
    expect(failure(() => checkLocation({ lat: 48.85, lng: 2.35 }))).toEqual({
      code: 'LOCATION_OUTSIDE_CHINA',
      field: 'location',
    });
    expect(checkClosedDates(['2025-10-02', '2025-10-01', '2025-10-02'])).toEqual([
      '2025-10-01',
      '2025-10-02',
    ]);
    expect(failure(() => checkClosedDates(['2025-10-01', '2025-02-30']))?.field).toBe(
      'closedDates[1]',
    );
  });
});
