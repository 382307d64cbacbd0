/**
 * Labelled claim pairs, written by us, for choosing the clustering threshold by measurement.
 * `same: true` — one claim as different outlets carried it (trimmed, extended, reworded, tense shifted,
 * quoted vs paraphrased). `same: false` — different claims, mostly about the same story and sharing
 * names, which is where a loose threshold would wrongly merge.
 */
export interface ClaimPair {
  a: string;
  b: string;
  same: boolean;
}

const same = (a: string, b: string): ClaimPair => ({ a, b, same: true });
const different = (a: string, b: string): ClaimPair => ({ a, b, same: false });

export const CLAIM_PAIRS: readonly ClaimPair[] = [
  same(
    'the port deal was under review',
    'the port deal was under review, according to people familiar with the matter',
  ),
  same('Maduro asked Putin for missiles', 'Maduro had asked Putin for missiles and radar equipment'),
  same('the review was "routine and expected"', 'the review was routine and expected'),
  same('the minister will resign on Friday', 'the minister would resign on Friday'),
  same('the company hired outside lawyers', 'the concession holder had hired outside lawyers'),
  same('auditors asked for the original tender files', 'the auditors had asked for the original tender files'),
  same(
    'the bridge survey found corrosion in three of its five spans',
    'corrosion was found in three of the five spans of the bridge, the survey said',
  ),
  same(
    'the central bank will raise interest rates by half a point',
    'the central bank would raise rates by half a percentage point',
  ),
  same(
    'the talks had narrowed differences on the northern fishing grounds',
    'both sides narrowed their differences on the northern grounds',
  ),
  same('no decision had been taken on the concession', 'no decision has been taken yet on the harbour concession'),
  same('the president plans to visit Beijing in April', 'the president is planning a visit to Beijing in April'),
  same(
    'the plant will close by the end of the year, cutting 800 jobs',
    'the plant would close by year end with the loss of 800 jobs',
  ),
  same('the senator received $40,000 from the lobbying firm', 'the lobbying firm paid the senator $40,000'),
  same('three people were killed in the explosion at the refinery', 'the refinery explosion killed three people'),
  same('the vaccine was 91 percent effective in the trial', 'the trial showed the vaccine was 91% effective'),
  same('the army had moved two brigades to the border', 'two brigades had been moved to the border by the army'),
  same(
    'the mayor knew about the contamination for months',
    'the mayor had known about the contamination for months before it was made public',
  ),
  same(
    'the club has agreed a fee of 60 million euros for the striker',
    'the club agreed a 60 million euro fee for the striker',
  ),
  same(
    '"We will not accept any deal that weakens our borders"',
    'they would not accept any deal that weakens their borders',
  ),
  same('the ministry is investigating the leak', 'the ministry was investigating the leak of the memo'),
  same(
    'the government will ban the sale of new petrol cars from 2030',
    'new petrol cars will be banned from sale from 2030',
  ),
  same(
    'the airline cancelled 1,200 flights because of the strike',
    'the strike forced the airline to cancel 1,200 flights',
  ),
  same('the hospital ran out of oxygen on Tuesday night', 'the hospital had run out of oxygen on Tuesday night'),
  same('the suspect was arrested at the airport', 'the suspect was arrested at the airport on Sunday, police said'),
  same(
    'the letter asked Xi for expanded economic cooperation',
    'in the letter he asked Xi for expanded economic cooperation',
  ),
  same('the memos described plans to buy drones from Iran', 'memos described a plan to acquire drones from Iran'),
  same(
    'the budget deficit will reach 4.5 percent of GDP this year',
    'this year the budget deficit would reach 4.5% of GDP',
  ),
  same('the ceasefire would take effect at midnight', 'the ceasefire takes effect at midnight local time'),
  same(
    'the chief executive sold shares worth $12 million before the announcement',
    'the chief executive had sold $12 million of shares ahead of the announcement',
  ),
  same('the dam was not inspected for ten years', 'the dam had not been inspected in ten years'),
  same('the election will be held on 14 May', 'elections would be held on May 14'),
  same(
    'the prime minister had no knowledge of the payments',
    'the prime minister had no knowledge of the payments to the party',
  ),
  same('the drug reduced hospital admissions by a third', 'hospital admissions fell by a third with the drug'),
  same('the embassy will reopen next month', 'the embassy is to reopen next month'),
  same('the storm left 200,000 homes without power', '200,000 homes were left without power after the storm'),
  same(
    "the tender was rigged in favour of the minister's cousin",
    'the tender had been rigged to favour a cousin of the minister',
  ),
  different('the port deal was under review', 'the port deal was signed last spring'),
  different('Maduro asked Putin for missiles', 'Maduro asked Xi for loans'),
  different('the minister will resign on Friday', 'the minister will not resign'),
  different('the company hired outside lawyers', 'the company fired its outside lawyers'),
  different('auditors asked for the original tender files', 'auditors found irregularities in the tender'),
  different('the bridge survey found corrosion in three of its five spans', 'the bridge survey had been delayed twice'),
  different(
    'the central bank will raise interest rates by half a point',
    'the central bank will cut interest rates by a quarter point',
  ),
  different(
    'the president plans to visit Beijing in April',
    'the president met Chinese officials in Beijing last April',
  ),
  different(
    'the plant will close by the end of the year, cutting 800 jobs',
    'the plant will hire 800 workers by the end of the year',
  ),
  different(
    'the senator received $40,000 from the lobbying firm',
    'the senator denied receiving money from the lobbying firm',
  ),
  different(
    'three people were killed in the explosion at the refinery',
    'the refinery had failed two safety inspections',
  ),
  different(
    'the vaccine was 91 percent effective in the trial',
    'the trial of the vaccine was paused after a participant fell ill',
  ),
  different('the army had moved two brigades to the border', 'the army had withdrawn from the border region'),
  different('the mayor knew about the contamination for months', 'the mayor ordered an inquiry into the contamination'),
  different('the club has agreed a fee of 60 million euros for the striker', 'the striker wants to stay at the club'),
  different('the ministry is investigating the leak', 'the ministry leaked the report to the press'),
  different(
    'the government will ban the sale of new petrol cars from 2030',
    'the government will subsidise electric cars from 2025',
  ),
  different(
    'the airline cancelled 1,200 flights because of the strike',
    'the airline reached a deal with the pilots union',
  ),
  different(
    'the hospital ran out of oxygen on Tuesday night',
    'the hospital received new oxygen supplies on Wednesday',
  ),
  different('the suspect was arrested at the airport', 'the suspect was released without charge'),
  different('the letter asked Xi for expanded economic cooperation', 'the letter asked Putin for military equipment'),
  different('the memos described plans to buy drones from Iran', 'the memos were obtained by The Washington Post'),
  different(
    'the budget deficit will reach 4.5 percent of GDP this year',
    'the budget includes tax cuts for small businesses',
  ),
  different('the ceasefire would take effect at midnight', 'the ceasefire was broken within hours'),
  different(
    'the chief executive sold shares worth $12 million before the announcement',
    'the chief executive will step down after the announcement',
  ),
  different('the dam was not inspected for ten years', 'the dam will be rebuilt over ten years'),
  different('the election will be held on 14 May', 'the opposition will boycott the election'),
  different('the prime minister had no knowledge of the payments', 'the prime minister approved the payments'),
  different('the drug reduced hospital admissions by a third', 'the drug caused side effects in a third of patients'),
  different('the embassy will reopen next month', 'the embassy was attacked last month'),
  different('the storm left 200,000 homes without power', 'the storm is expected to reach the coast on Sunday'),
  different(
    "the tender was rigged in favour of the minister's cousin",
    "the minister's cousin won a second contract in May",
  ),
  different('the review was "routine and expected"', 'the review would end before the summer'),
  different('officials believe the strikes will continue', 'officials said the strikes had stopped'),
  different('the talks would resume on Monday', 'the talks collapsed on Monday'),
  different('the review was routine', 'the deal was routine'),
  different('the company said it would cooperate with the review', 'the company said it would appeal the ruling'),
  different('prices rose 3 percent in March', 'prices fell 3 percent in April'),
];
