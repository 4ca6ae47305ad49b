/**
 * The Luhn (mod 10) check digit every card number carries. It catches a mistyped digit and most
 * swapped neighbours before the number travels to an acquirer, which would decline it anyway.
 */
const PAN = /^\d{12,19}$/;

/** True for 12 to 19 digits (nothing else, not even spaces) whose Luhn sum is a multiple of 10. */
export function isLuhnValid(pan: string): boolean {
  if (!PAN.test(pan)) return false;
  return luhnSum(pan, false) % 10 === 0;
}

/**
 * The digit that makes `body + digit` pass the check, for building test numbers and fixtures
 * rather than copying real ones.
 */
export function luhnCheckDigit(body: string): string {
  if (!/^\d+$/.test(body)) throw new RangeError('a card number body is digits only');
  return String((10 - (luhnSum(body, true) % 10)) % 10);
}

/**
 * Doubles every second digit counting from the right. `doubleRightmost` says whether the last
 * digit given is in a doubled position, which it is when the check digit is still to come.
 */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  let double = doubleRightmost;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum;
}
