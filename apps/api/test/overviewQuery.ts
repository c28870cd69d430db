// The director's overview as the web app asks for it; shared by the query-count test and the benchmark.
export const overviewQuery = `{
  overview {
    municipality { name socialGroup region { name } }
    themes {
      code title status timeFrame source { title section }
      responsibleUnits { name }
      milestones { year quarter text status source { title } }
      budgetLines { year amountKr staffHours hoursUnit fundingSource source { title section date } }
      projects { name ownerUnit { name } }
    }
    bodies { name kind ownerName members { name role function orgUnit { name } source { title } } source { title } }
    clusters {
      name members { name role representedBy }
      grants(year: 2023) {
        title area amountKr hostMunicipality { name } source { title }
        changes { previousAmountKr newAmountKr effectiveDate agendaItem { number title meeting { date title } } source { title } }
      }
    }
  }
}`;
