// The open-items files `debiteur sync` runs on in its end-to-end cases.

/** A Dutch export: semicolons, decimal commas, DD-MM-YYYY, due date or term. */
export const ONBOARDING = [
  'Factuurnummer;Debiteurnummer;Debiteurnaam;Factuurdatum;Vervaldatum;Betalingstermijn;Bedrag;Openstaand;Valuta;Omschrijving',
  '2019-0042;bakker;Bakkerij Bakker;12-03-2019;11-04-2019;;1.234,56;1.234,56;EUR;"Onderhoud broodoven; 2e termijn"',
  '2026/0007;jansen;Jansen BV;20-02-2026;;14;500,00;300,00;EUR;Advies',
  'F-2026-0010;jansen;Jansen BV;25-02-2026;;30;121,00;121,00;EUR;Licentie',
].join('\r\n');

/** Two weeks later: 2019-0042 is gone (paid), 2026/0007 partly paid, F-2026-0010 on new terms. */
export const TWO_WEEKS_LATER = [
  'Factuurnummer;Debiteurnummer;Debiteurnaam;Factuurdatum;Vervaldatum;Betalingstermijn;Bedrag;Openstaand;Valuta;Omschrijving',
  '2026/0007;jansen;Jansen BV;20-02-2026;;14;500,00;100,00;EUR;Advies',
  'F-2026-0010;jansen;Jansen BV;25-02-2026;10-04-2026;;121,00;121,00;EUR;Licentie',
].join('\r\n');

/** An export of 2 March that lists an invoice dated that day and one dated the day after. */
export const DATED_AFTER_THE_RUN = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'INV-1,c-1,Brown Ltd,2026-03-02,2026-04-01,100.00,100.00',
  'INV-2,c-1,Brown Ltd,2026-03-03,2026-04-02,100.00,100.00',
].join('\n');

/** Two rows for INV-1, the first with an amount that cannot be read. */
export const TWO_ROWS_FOR_ONE_INVOICE = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'INV-1,c-1,Brown Ltd,2026-01-10,2026-02-09,12.3.4,100.00',
  'INV-1,c-1,Brown Ltd,2026-01-10,2026-02-09,100.00,100.00',
  'INV-2,c-1,Brown Ltd,2026-01-11,2026-02-10,50.00,50.00',
].join('\n');

/** Two numbers that differ only in case. */
export const CASE_VARIANTS = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'F-001,c-1,Brown Ltd,2026-01-10,2026-02-09,100.00,100.00',
  'f-001,c-1,Brown Ltd,2026-01-11,2026-02-10,50.00,50.00',
].join('\n');

/** F-7, which two invoices issued through the API carry, and INV-1, new to the store. */
export const LISTS_A_SHARED_NUMBER = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'F-7,k1,Klant Een,2026-02-01,2026-03-03,10.00,4.00',
  'INV-1,k1,Klant Een,2026-01-10,2026-02-09,100.00,100.00',
].join('\n');

/** F-7 of 2026, 25.00 with 4.00 still open (an F-7 of 2024 is settled), and INV-1. */
export const LISTS_A_REUSED_NUMBER = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'F-7,k1,Klant Een,2026-02-01,2026-03-03,25.00,4.00',
  'INV-1,k1,Klant Een,2026-01-10,2026-02-09,100.00,100.00',
].join('\n');

/** INV-1 only: F-7 has vanished. */
export const LACKS_THE_SHARED_NUMBER = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount',
  'INV-1,k1,Klant Een,2026-01-10,2026-02-09,100.00,100.00',
].join('\n');

/** The onboarding file two weeks on, with 2026/0007 dated a day later and partly paid. */
export const REDATED = [
  'Factuurnummer;Debiteurnummer;Debiteurnaam;Factuurdatum;Vervaldatum;Betalingstermijn;Bedrag;Openstaand;Valuta;Omschrijving',
  '2019-0042;bakker;Bakkerij Bakker;12-03-2019;11-04-2019;;1.234,56;1.234,56;EUR;"Onderhoud broodoven; 2e termijn"',
  '2026/0007;jansen;Jansen BV;21-02-2026;;14;500,00;100,00;EUR;Advies',
  'F-2026-0010;jansen;Jansen BV;25-02-2026;;30;121,00;121,00;EUR;Licentie',
].join('\r\n');

/** Yen, which have no minor unit, and Kuwaiti dinars, which have three decimals. */
export const YEN_AND_DINARS = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount,currency',
  'JP-1,c-1,Tanaka KK,2026-01-10,2026-02-09,"150,000",150000,JPY',
  'KW-1,c-2,Al-Sabah Trading,2026-01-10,2026-02-09,1.250,1.250,KWD',
  'JP-2,c-1,Tanaka KK,2026-01-11,2026-02-10,"1500,50",1500,JPY',
].join('\n');

/** An English export with two corrupt rows (3 and 5) between good ones. */
export const WITH_CORRUPT_ROWS = [
  'invoice_number,debtor_id,debtor_name,invoice_date,due_date,amount,open_amount,currency',
  'INV-1,c-1,"Smith, Jones & Co",2026-01-05,2026-02-04,"1,234.56",1234.56,EUR',
  'INV-2,c-1,"Smith, Jones & Co",2026-02-30,2026-03-04,99.95,99.95,EUR',
  'INV-3,c-2,Brown Ltd,2026-01-10,2026-02-09,250.00,200.00,EUR',
  'INV-4,c-2,Brown Ltd,2026-01-11,2026-02-10,12.3.4,10.00,EUR',
].join('\n');

/** K-1 of 1210.00 with 500.00 still open, as a Dutch package exports it. */
export const K_1_OPEN = [
  'Invoice;Customer ID;Name;Date;Due Date;Amount;Open Amount',
  'K-1;D1;Jansen;2026-01-01;2026-01-31;1210,00;500,00',
].join('\n');

/** K-1 again, separated by `,` with its decimal-comma amounts unquoted: the columns shift. */
export const K_1_SHIFTED = [
  'Invoice,Customer ID,Name,Date,Due Date,Amount,Open Amount',
  'K-1,D1,Jansen,2026-01-01,2026-01-31,1210,00,500,00',
].join('\n');

/** Three open invoices of N-1, N-2 and N-3. */
export const N_1_TO_3 = [
  'Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Omschrijving',
  'N-1;D1;Jansen;01-01-2026;31-01-2026;100,00;100,00;x',
  'N-2;D1;Jansen;01-01-2026;31-01-2026;250,00;250,00;x',
  'N-3;D1;Jansen;01-01-2026;31-01-2026;100,00;100,00;x',
].join('\n');

/** The same three, but a quote left open on row 2 runs on into the quoted field of row 3. */
export const N_2_SWALLOWED = [
  'Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Omschrijving',
  'N-1;D1;"Jansen;01-01-2026;31-01-2026;100,00;100,00;x',
  'N-2;D1;Jansen;01-01-2026;31-01-2026;250,00;250,00;"Scherm 27"',
  'N-3;D1;Jansen;01-01-2026;31-01-2026;100,00;100,00;x',
].join('\n');

/** G-1 of 1000.00, all of it open. */
export const G_1_OPEN = [
  'Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
  'G-1;D1;Jansen;01-01-2026;31-01-2026;1.000,00;1.000,00',
].join('\n');

/** G-1 as an export per instalment lists it: two rows of 500.00 open each. */
export const G_1_IN_INSTALMENTS = [
  'Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand',
  'G-1;D1;Jansen;01-01-2026;31-01-2026;1.000,00;500,00',
  'G-1;D1;Jansen;01-01-2026;28-02-2026;1.000,00;500,00',
].join('\n');
