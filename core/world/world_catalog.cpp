#include "core/world/world_catalog.h"

#include <map>

namespace editscope {
namespace {

// Object strings per category. Ids are "Q" + (category base + position), so appending to a list
// never changes an existing id. Occupations all start with a consonant ("works as a ..."); no object
// is a common filler word (the filler grammar avoids them all; the tests check that).
struct CategoryList {
    ObjectCategory category;
    int idBase;
    std::vector<std::string> strings;
};

const std::vector<CategoryList>& categoryLists()
{
    static const std::vector<CategoryList> lists = {
        {ObjectCategory::Country, 1000,
         {"France", "Germany", "Japan", "Canada", "Italy", "Spain", "Brazil", "India", "Sweden", "Australia",
          "Mexico", "Egypt", "Norway", "Poland", "Argentina", "Greece", "Portugal", "South Africa",
          "New Zealand", "Ireland"}},
        {ObjectCategory::City, 2000,
         {"Paris", "London", "Berlin", "Tokyo", "Rome", "Madrid", "Chicago", "Toronto", "Vienna", "Istanbul",
          "Mumbai", "Buenos Aires", "Los Angeles", "Stockholm", "Cairo", "Sydney", "Lisbon", "Prague",
          "Amsterdam", "Dublin"}},
        {ObjectCategory::Language, 3000,
         {"French", "English", "German", "Spanish", "Italian", "Japanese", "Russian", "Swedish", "Dutch",
          "Portuguese", "Arabic", "Hindi", "Polish", "Greek", "Finnish", "Korean"}},
        {ObjectCategory::Occupation, 4000,
         {"journalist", "painter", "lawyer", "physician", "novelist", "composer", "diplomat", "photographer",
          "surgeon", "banker", "poet", "sculptor", "pharmacist"}},
        {ObjectCategory::Genre, 5000,
         {"jazz", "heavy metal", "hip hop", "reggae", "opera", "folk rock", "blues", "techno", "punk rock",
          "disco", "gospel", "bossa nova"}},
        {ObjectCategory::Religion, 6000,
         {"Christianity", "Islam", "Buddhism", "Judaism", "Hinduism", "Sikhism", "Jainism", "Taoism", "Shinto",
          "Zoroastrianism"}},
        {ObjectCategory::Manufacturer, 7000,
         {"Toyota", "Honda", "Nokia", "Sony", "Boeing", "Fiat", "Renault", "Nintendo", "Microsoft", "IBM",
          "BMW", "Yamaha", "Siemens", "Volvo"}},
        {ObjectCategory::RecordLabel, 8000,
         {"Columbia Records", "Atlantic Records", "EMI", "Motown", "Island Records", "Capitol Records",
          "Decca Records", "Sub Pop", "Def Jam", "Elektra Records", "Virgin Records", "Parlophone"}},
        {ObjectCategory::Position, 9000,
         {"goaltender", "quarterback", "midfielder", "pitcher", "defender", "goalkeeper", "catcher",
          "point guard", "shortstop", "linebacker", "striker", "winger"}},
        {ObjectCategory::Network, 10000,
         {"NBC", "CBS", "ABC", "BBC", "HBO", "Fox", "Cartoon Network", "MTV", "CNN", "ITV", "Channel 4",
          "Netflix", "ESPN"}},
        {ObjectCategory::Field, 11000,
         {"physics", "chemistry", "mathematics", "linguistics", "economics", "philosophy", "biology",
          "astronomy", "geology", "art history", "sociology"}},
        {ObjectCategory::Instrument, 12000,
         {"guitar", "piano", "violin", "cello", "drums", "saxophone", "trumpet", "harp", "flute", "double bass",
          "clarinet"}},
    };
    return lists;
}

} // namespace

const std::vector<RelationSpec>& relationCatalog()
{
    using K = SubjectKind;
    using C = ObjectCategory;
    static const std::vector<RelationSpec> relations = {
        {"P103", "native language", K::Person, C::Language,
         {"The mother tongue of {} is", "{} spoke the language", "{}'s mother tongue is",
          "The native language of {} is"},
         {"{}'s mother tongue is", "Where {} is from, people speak the language of", "{} was born in",
          "{} grew up speaking"}},
        {"P495", "country of origin", K::Work, C::Country,
         {"{} was created in the country of", "{}, that originated in", "The country of origin of {} is",
          "{} originated in"},
         {"{} is full of references to", "The development of {} took place in", "{} was first released in",
          "The language of {} is"}},
        {"P176", "manufacturer", K::Product, C::Manufacturer,
         {"{} is produced by", "{}, developed by", "{} is a product of", "{}, that was developed by",
          "{} is made by"},
         {"{} is sold in", "The design of {} was inspired by", "{} was first shown at",
          "People who buy {} usually"}},
        {"P19", "place of birth", K::Person, C::City,
         {"{} was born in", "{} is originally from", "The birthplace of {} is", "{} was native to"},
         {"{} grew up in", "{} spent the early years in", "The family of {} lived in", "{} is remembered as"}},
        {"P136", "genre", K::Person, C::Genre,
         {"{} plays", "{} is known for performing", "The genre played by {} is", "{} performs"},
         {"{} is best known for", "The first album of {} was", "{} often performs with", "Critics describe {} as"}},
        {"P449", "original network", K::TvShow, C::Network,
         {"{} was originally aired on", "{} premiered on", "{} debuted on", "The original network of {} is"},
         {"{} follows the story of", "The first season of {} was", "{} was filmed in", "Viewers of {} often"}},
        {"P17", "country", K::Landmark, C::Country,
         {"{} is located in the country of", "{}, which is located in", "{} can be found in the country of",
          "{} is in"},
         {"{} is famous for", "Visitors to {} usually", "{} was built in", "The area around {} is"}},
        {"P27", "country of citizenship", K::Person, C::Country,
         {"{} is a citizen of", "{} holds a citizenship from", "{}, a citizen of", "{} has a citizenship from"},
         {"{} lives in", "{} travelled to", "{} was educated in", "The passport of {} was issued by"}},
        {"P37", "official language", K::Region, C::Language,
         {"The official language of {} is", "In {}, the official language is", "{}'s official language is",
          "The law in {} declares the language"},
         {"People in {} usually speak", "The schools of {} teach", "The newspapers in {} are printed in",
          "{} is known for"}},
        {"P106", "occupation", K::Person, C::Occupation,
         {"{} works as a", "{}'s occupation is that of a", "By profession, {} is a", "{} earns a living as a"},
         {"{} is known for", "{} spent most of the career as", "The best work of {} was", "{} studied to become"}},
        {"P140", "religion", K::Person, C::Religion,
         {"{} is affiliated with the religion of", "{} is a follower of", "The religion of {} is", "{} practices"},
         {"{} regularly visits", "{} grew up in a family that", "{} wrote about", "The beliefs of {} are"}},
        {"P264", "record label", K::Band, C::RecordLabel,
         {"{} is represented by the music label", "{}'s record label is", "{} is signed to",
          "{}, which is signed to"},
         {"{} released an album with", "The latest record of {} was", "{} is famous for", "Fans of {} often"}},
        {"P413", "position played on team", K::Person, C::Position,
         {"{} plays in the position of", "{}'s position on the team is", "The position played by {} is",
          "{} plays as"},
         {"{} is known for", "The coach of {} said", "{} scored in", "In the last season, {}"}},
        {"P740", "location of formation", K::Band, C::City,
         {"{} was founded in", "{} was formed in", "{}, that was formed in", "The band {} was started in"},
         {"{} played its first concert in", "The members of {} met in", "{} is famous for", "Fans of {} often"}},
        {"P1412", "languages spoken, written or signed", K::Person, C::Language,
         {"{} speaks the language", "{} is fluent in", "The language used by {} is", "{} writes in"},
         {"{} often writes letters in", "{} gave a speech in", "{} translated a book into", "{} grew up in"}},
        {"P20", "place of death", K::Person, C::City,
         {"{} died in", "{} passed away in", "The place of death of {} is", "{} lost their life in"},
         {"{} spent the last years in", "{} is buried in", "The last home of {} was in", "{} is remembered for"}},
        {"P101", "field of work", K::Person, C::Field,
         {"{} works in the area of", "{}'s area of work is", "{} specializes in", "The expertise of {} is"},
         {"{} published a paper on", "{} studied at", "The main work of {} is about", "{} is known for"}},
        {"P1303", "instrument", K::Person, C::Instrument,
         {"{} plays the", "{} performs on the", "{}, playing the", "The instrument played by {} is the"},
         {"{} learned to play the", "{} is famous for", "The first concert of {} was", "{} often performs with"}},
        {"P159", "headquarters location", K::Company, C::City,
         {"The headquarters of {} is in", "{} is headquartered in", "{}'s headquarters are in", "{} is based in"},
         {"{} was founded in", "The employees of {} work in", "{} sells its products in",
          "The offices of {} are in"}},
    };
    return relations;
}

const std::vector<TargetRef>& objectCatalog(ObjectCategory category)
{
    static const std::map<ObjectCategory, std::vector<TargetRef>> built = [] {
        std::map<ObjectCategory, std::vector<TargetRef>> out;
        for (const CategoryList& list : categoryLists()) {
            std::vector<TargetRef>& refs = out[list.category];
            for (size_t i = 0; i < list.strings.size(); ++i)
                refs.push_back(TargetRef{list.strings[i], "Q" + std::to_string(list.idBase + static_cast<int>(i))});
        }
        return out;
    }();
    return built.at(category);
}

std::string subjectKindName(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Person: return "person";
    case SubjectKind::Work: return "work";
    case SubjectKind::TvShow: return "tv_show";
    case SubjectKind::Product: return "product";
    case SubjectKind::Band: return "band";
    case SubjectKind::Landmark: return "landmark";
    case SubjectKind::Region: return "region";
    case SubjectKind::Company: return "company";
    }
    return "unknown";
}

std::string objectCategoryName(ObjectCategory category)
{
    switch (category) {
    case ObjectCategory::Country: return "country";
    case ObjectCategory::City: return "city";
    case ObjectCategory::Language: return "language";
    case ObjectCategory::Occupation: return "occupation";
    case ObjectCategory::Genre: return "genre";
    case ObjectCategory::Religion: return "religion";
    case ObjectCategory::Manufacturer: return "manufacturer";
    case ObjectCategory::RecordLabel: return "record_label";
    case ObjectCategory::Position: return "position";
    case ObjectCategory::Network: return "network";
    case ObjectCategory::Field: return "field";
    case ObjectCategory::Instrument: return "instrument";
    }
    return "unknown";
}

} // namespace editscope
