// Danish validation messages shared by the API's input checks and the web forms.
export const validationMessages = {
  required: 'skal udfyldes',
  tooLong: (max: number) => `må højst være ${max} tegn`,
  yearRange: (min: number, max: number) => `skal være et årstal mellem ${min} og ${max}`,
  quarterRange: 'skal være et kvartal fra 1 til 4',
  dateFormat: 'skal være en dato (åååå-mm-dd)',
  dateInYear: 'skal ligge i det angivne år',
  wholeKroner: 'skal være et helt antal kroner, 0 eller mere',
  hours: 'skal være et antal timer, 0 eller mere',
  hoursNeedUnit: 'skal angives, når der er personaletimer',
  status: 'skal være en af de kendte statusværdier',
  hoursUnit: 'skal være pr. uge, pr. måned, pr. år eller i alt',
  amountOrHours: 'angiv et beløb eller et antal personaletimer',
} as const;

/** Danish names of input fields, used in messages: "Årstal skal være …". */
export const fieldLabels: Record<string, string> = {
  title: 'Titel',
  description: 'Beskrivelse',
  status: 'Status',
  timeFrame: 'Tidsramme',
  year: 'Årstal',
  quarter: 'Kvartal',
  date: 'Dato',
  text: 'Tekst',
  amountKr: 'Beløb',
  staffHours: 'Personaletimer',
  hoursUnit: 'Timeenhed',
  fundingSource: 'Finansiering',
  email: 'E-mail',
  password: 'Adgangskode',
};
