import { z } from 'zod';

/** The sign-in form and the Credentials provider parse the same shape. */
export const signInSchema = z.object({
  email: z.email('Enter a valid email'),
  password: z.string().min(1, 'Enter your password'),
});
export type SignInInput = z.infer<typeof signInSchema>;
