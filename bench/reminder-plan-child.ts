/**
 * Run in its own process by the reminders bench: builds 50,000 items for 2,000 owners and plans
 * one day's digests, printing the planning time (median of 3) and the process's peak memory.
 */
import { planSynthetic } from './reminder-items';

const ms = planSynthetic();
process.stdout.write(JSON.stringify({ ...ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
