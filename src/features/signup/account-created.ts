// Only the confirmation page needs to know an account was just created here, in this page.
let accountCreated = false;
export function markAccountCreated(): void {
  accountCreated = true;
}
export function wasAccountCreated(): boolean {
  return accountCreated;
}
