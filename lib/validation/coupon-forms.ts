import { z } from 'zod';

// Longer text than any code is simply unknown (lib/domain/coupons.ts codeKey); the cap keeps a
// pasted page from being echoed back into the form.
export const couponForm = z.object({ code: z.string().max(200).default('') });
